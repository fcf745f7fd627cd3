/**
 * The edge's resource server: tokens checked against the platform's JWKS before any route
 * is taken.
 */
@NullMarked
package com.scalemart.gateway.security;

import org.jspecify.annotations.NullMarked;
