package com.scalemart.platform.engines;

import org.jspecify.annotations.Nullable;

/**
 * A server that should be running does not answer.
 */
public class EngineUnavailableException extends EngineStartException {

	public EngineUnavailableException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
