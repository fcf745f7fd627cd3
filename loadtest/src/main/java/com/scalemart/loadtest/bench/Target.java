package com.scalemart.loadtest.bench;

import java.util.Locale;

/**
 * Where a bench sends its requests: through the gateway (as clients do) or straight to
 * the catalog (to see what the gateway costs).
 */
public enum Target {

	GATEWAY("gateway", "/api/catalog-ping"), CATALOG("catalog-service", "/api/ping");

	private final String service;

	private final String pingPath;

	Target(String service, String pingPath) {
		this.service = service;
		this.pingPath = pingPath;
	}

	public String service() {
		return this.service;
	}

	/**
	 * @return the trivial catalog endpoint as this target exposes it
	 */
	public String pingPath() {
		return this.pingPath;
	}

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

}
