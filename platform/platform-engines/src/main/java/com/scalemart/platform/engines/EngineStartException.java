package com.scalemart.platform.engines;

import org.jspecify.annotations.Nullable;

/**
 * An engine could not be started or reached. The message is one line and names the fix,
 * so that it can be shown to a user as it is.
 */
public class EngineStartException extends RuntimeException {

	public EngineStartException(String message) {
		super(message);
	}

	public EngineStartException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
