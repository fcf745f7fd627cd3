/**
 * The invalidation lab: how long after one instance invalidates a key another instance
 * stops serving the old value, over a real Redis.
 */
@NullMarked
package com.scalemart.labs.invalidation;

import org.jspecify.annotations.NullMarked;
