/**
 * Settings and the security filter chain of the user service.
 */
@NullMarked
package com.scalemart.user.config;

import org.jspecify.annotations.NullMarked;
