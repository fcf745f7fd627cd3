/**
 * Stateless OAuth2 resource server for every ScaleMart service: tokens are trusted only
 * when signed by a key of the platform's own JWKS with the pinned algorithm, and when
 * their issuer, audience and expiry check out. Failures answer with problem details.
 */
@NullMarked
package com.scalemart.platform.security;

import org.jspecify.annotations.NullMarked;
