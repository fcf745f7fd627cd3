package com.scalemart.platform.sharding;

/**
 * Argument checks that fail fast with a message naming the offending value.
 */
final class Checks {

	private Checks() {
	}

	static void requireArgument(boolean condition, String message, Object... args) {
		if (!condition) {
			throw new IllegalArgumentException(message.formatted(args));
		}
	}

}
