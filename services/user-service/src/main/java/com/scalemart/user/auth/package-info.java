/**
 * Login with throttling, access tokens, and rotating refresh-token families in Redis.
 */
@NullMarked
package com.scalemart.user.auth;

import org.jspecify.annotations.NullMarked;
