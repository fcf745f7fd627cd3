/**
 * The JWKS endpoint and the administrative key rotation.
 */
@NullMarked
package com.scalemart.user.signingkey.web;

import org.jspecify.annotations.NullMarked;
