package com.scalemart.platform.testkit;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Names the database, key prefix and topic prefix of one test class:
 * {@code t_<class name in snake case, at most 40 characters>_<8 random hex digits>},
 * which is also a valid database name.
 */
final class TestResourceName {

	static final String PREFIX = "t_";

	private static final int MAX_CLASS_PART = 40;

	private static final RandomGenerator random = new SecureRandom();

	private TestResourceName() {
	}

	static String forClass(Class<?> testClass) {
		byte[] suffix = new byte[4];
		random.nextBytes(suffix);
		return PREFIX + snakeCase(testClass.getSimpleName()) + "_" + HexFormat.of().formatHex(suffix);
	}

	static String snakeCase(String name) {
		String snake = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2")
			.replaceAll("([A-Z])([A-Z][a-z])", "$1_$2")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "_");
		if (snake.length() > MAX_CLASS_PART) {
			snake = snake.substring(0, MAX_CLASS_PART);
		}
		snake = snake.replaceAll("^_+|_+$", "");
		return snake.isEmpty() ? "test" : snake;
	}

}
