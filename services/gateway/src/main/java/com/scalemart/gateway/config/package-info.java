/**
 * Settings of the gateway under {@code scalemart.gateway}.
 */
@NullMarked
package com.scalemart.gateway.config;

import org.jspecify.annotations.NullMarked;
