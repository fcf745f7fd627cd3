package com.scalemart.platform.engines;

/**
 * Turns exception chains into the short cause shown in one-line messages.
 */
final class EngineFailures {

	private EngineFailures() {
	}

	/**
	 * The message of the innermost cause, on one line, e.g. "Connection refused".
	 */
	static String rootCause(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage();
		if (message == null || message.isBlank()) {
			message = root.getClass().getSimpleName();
		}
		String oneLine = message.replaceAll("\\s+", " ").strip();
		return (oneLine.length() > 200) ? oneLine.substring(0, 200) + "..." : oneLine;
	}

}
