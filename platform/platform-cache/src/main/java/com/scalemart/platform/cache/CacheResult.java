package com.scalemart.platform.cache;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A read's answer.
 *
 * @param <V> the value type
 * @param value the value, or {@code null} when the loader found nothing (possibly cached
 * as absent)
 * @param servedBy where it came from
 */
public record CacheResult<V>(@Nullable V value, ServedBy servedBy) {

	public CacheResult {
		Objects.requireNonNull(servedBy, "servedBy");
	}

	/**
	 * Tells whether a value was found.
	 * @return {@code true} if {@link #value()} is not {@code null}
	 */
	public boolean isPresent() {
		return this.value != null;
	}

}
