package com.scalemart.loadtest.simulation;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * What the simulations share: the protocol and the injection profile of the settings.
 */
final class Load {

	private Load() {
	}

	/**
	 * One connection pool for all virtual users, as a browser farm behind a proxy would
	 * look: otherwise every arrival opens a TCP connection and the test measures the
	 * kernel's accept queue, not the service.
	 */
	static HttpProtocolBuilder protocol(LoadSettings settings) {
		return http.baseUrl(settings.baseUrl()).acceptHeader("application/json").shareConnections();
	}

	/**
	 * The open model injects {@code rate} scenarios per second whatever the response
	 * times; the closed one keeps {@code users} scenarios running, so the throughput is
	 * what the system sustains.
	 */
	static PopulationBuilder inject(ScenarioBuilder scenario, LoadSettings settings) {
		if (settings.closed()) {
			return scenario.injectClosed(constantConcurrentUsers(settings.users()).during(settings.duration()));
		}
		return scenario.injectOpen(constantUsersPerSec(settings.rate()).during(settings.duration()));
	}

}
