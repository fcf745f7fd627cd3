package com.scalemart.platform.engines;

/**
 * The port an engine should listen on is taken by another process.
 */
public class PortInUseException extends EngineStartException {

	public PortInUseException(String message) {
		super(message);
	}

}
