package com.scalemart.devstack;

/**
 * A failure the user can fix: its message is one line that says what went wrong and what
 * to do about it, and is printed as is.
 */
public class DevStackException extends RuntimeException {

	public DevStackException(String message) {
		super(message);
	}

	public DevStackException(String message, Throwable cause) {
		super(message, cause);
	}

}
