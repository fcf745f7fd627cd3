package com.scalemart.devstack.engine;

/**
 * The engines a service may need.
 */
public enum EngineKind {

	MARIADB("MariaDB"), REDIS("Redis"), KAFKA("Kafka");

	private final String displayName;

	EngineKind(String displayName) {
		this.displayName = displayName;
	}

	public String displayName() {
		return this.displayName;
	}

}
