package com.scalemart.platform.testkit;

/**
 * The engines a test can ask for with {@link WithEngines}.
 */
public enum EngineType {

	/** A MariaDB server; the test class gets a database of its own. */
	MARIADB,

	/** A Redis server; the test class gets a key prefix of its own. */
	REDIS,

	/** A Kafka cluster; the test class gets a topic prefix of its own. */
	KAFKA

}
