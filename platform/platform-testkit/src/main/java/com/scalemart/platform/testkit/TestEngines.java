package com.scalemart.platform.testkit;

import com.scalemart.platform.engines.KafkaEndpoint;
import com.scalemart.platform.engines.MariaDbEndpoint;
import com.scalemart.platform.engines.RedisEndpoint;

/**
 * The engines of this test JVM, for tests without Spring. Each is chosen once, on first
 * use:
 * <ul>
 * <li>{@code SCALEMART_TEST_MARIADB=host:port} (environment variable or system property;
 * user {@code SCALEMART_TEST_MARIADB_USER}, default root, password
 * {@code SCALEMART_TEST_MARIADB_PASSWORD}, default empty),
 * {@code SCALEMART_TEST_REDIS=host:port} and
 * {@code SCALEMART_TEST_KAFKA=bootstrap servers} name running servers;</li>
 * <li>otherwise an embedded engine starts on a free port and stops when the JVM
 * exits.</li>
 * </ul>
 * A named server that does not answer fails the first test that asks for it, with a
 * message that names the variable.
 */
public final class TestEngines {

	private TestEngines() {
	}

	/**
	 * The MariaDB server of this JVM. Create a database of your own on it.
	 * @return its endpoint
	 */
	public static MariaDbEndpoint mariaDb() {
		return EngineSelection.shared().mariaDb();
	}

	/**
	 * The Redis server of this JVM. Use a key prefix of your own on it.
	 * @return its endpoint
	 */
	public static RedisEndpoint redis() {
		return EngineSelection.shared().redis();
	}

	/**
	 * The Kafka cluster of this JVM. Use a topic prefix of your own on it.
	 * @return its endpoint
	 */
	public static KafkaEndpoint kafka() {
		return EngineSelection.shared().kafka();
	}

}
