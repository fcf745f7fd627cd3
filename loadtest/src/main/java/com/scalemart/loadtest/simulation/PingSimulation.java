package com.scalemart.loadtest.simulation;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The baseline: {@code GET} of an endpoint that does nothing ({@code /api/ping} on the
 * catalog, {@code /api/catalog-ping} through the gateway), so that other scenarios can be
 * read as a fraction of what HTTP, JSON and security cost alone.
 */
public class PingSimulation extends Simulation {

	public PingSimulation() {
		LoadSettings settings = LoadSettings.from(System.getProperties());
		ScenarioBuilder ping = scenario("ping").exec(http("ping").get(settings.pingPath()).check(status().is(200)));
		setUp(Load.inject(ping, settings)).protocols(Load.protocol(settings));
	}

}
