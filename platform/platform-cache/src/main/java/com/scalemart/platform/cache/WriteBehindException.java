package com.scalemart.platform.cache;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Thrown by {@link LayeredCache#close()} when write-behind could not write everything it
 * had acknowledged before the close timeout: the writer kept failing. The entries are not
 * lost silently: they are here, and were logged by key.
 */
public class WriteBehindException extends RuntimeException {

	private final transient Map<?, ?> unwritten;

	WriteBehindException(String message, Map<?, ?> unwritten, @Nullable Throwable lastFailure) {
		super(message, lastFailure);
		this.unwritten = Map.copyOf(unwritten);
	}

	/**
	 * The acknowledged writes that did not reach the writer.
	 * @return values by key
	 */
	public Map<?, ?> unwritten() {
		return this.unwritten;
	}

}
