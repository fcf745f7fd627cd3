package com.scalemart.devstack.config;

/**
 * Where the engines come from.
 */
public enum Mode {

	/** The launcher starts MariaDB, Redis and Kafka itself. */
	EMBEDDED,

	/** The engines already run somewhere; the launcher only checks and uses them. */
	EXTERNAL

}
