/**
 * A token-bucket rate limiter on Redis, per user or per client address, per route.
 */
@NullMarked
package com.scalemart.gateway.ratelimit;

import org.jspecify.annotations.NullMarked;
