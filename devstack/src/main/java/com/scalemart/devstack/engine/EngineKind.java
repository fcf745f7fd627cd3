package com.scalemart.devstack.engine;

/**
 * The engines a service may need. {@link #MARIADB_REPLICA} is a wish rather than a need:
 * a service that declares it reads from MariaDB's read replica when the run has one
 * (always in embedded mode, with {@code SCALEMART_MARIADB_REPLICA} in external mode), and
 * from MariaDB alone otherwise.
 */
public enum EngineKind {

	MARIADB("MariaDB"), MARIADB_REPLICA("MariaDB replica"), REDIS("Redis"), KAFKA("Kafka");

	private final String displayName;

	EngineKind(String displayName) {
		this.displayName = displayName;
	}

	public String displayName() {
		return this.displayName;
	}

}
