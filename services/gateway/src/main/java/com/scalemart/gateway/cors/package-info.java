/**
 * Cross-origin access for the storefront.
 */
@NullMarked
package com.scalemart.gateway.cors;

import org.jspecify.annotations.NullMarked;
