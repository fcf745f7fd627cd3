/**
 * One run of the platform: starts engines then services, and stops them in reverse order.
 */
@NullMarked
package com.scalemart.devstack.stack;

import org.jspecify.annotations.NullMarked;
