/**
 * The ScaleMart launcher: starts the engines and every service on a laptop, and stops
 * them again.
 */
@NullMarked
package com.scalemart.devstack;

import org.jspecify.annotations.NullMarked;
