package com.scalemart.platform.cache;

import org.jspecify.annotations.Nullable;

/**
 * What L1 holds for a key: a value, or the fact that the loader found none.
 *
 * @param <V> the value type
 * @param value the value, {@code null} for "absent"
 * @param ttlNanos how long the entry lives, fixed (with its jitter) when it was made
 */
record L1Entry<V>(@Nullable V value, long ttlNanos) {

}
