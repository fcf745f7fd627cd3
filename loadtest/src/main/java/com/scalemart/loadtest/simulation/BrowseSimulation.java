package com.scalemart.loadtest.simulation;

import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Shoppers looking at products: {@code GET /api/products/{id}} with ids drawn from a Zipf
 * distribution over the seeded ids, the way a few products get most of the views. Each
 * response must be 200 and say which cache level served it.
 */
public class BrowseSimulation extends Simulation {

	public BrowseSimulation() {
		LoadSettings settings = LoadSettings.from(System.getProperties());
		ZipfIds ranks = new ZipfIds(settings.products(), settings.exponent(), settings.seed());
		RankedIds ids = RankedIds.of(settings);
		Iterator<Map<String, Object>> feeder = Stream
			.generate(() -> Map.<String, Object>of("id", ids.idOf(ranks.next())))
			.iterator();
		ScenarioBuilder browse = scenario("browse").feed(feeder)
			.exec(http("product").get("/api/products/#{id}").check(status().is(200), header("X-Cache").exists()));
		setUp(Load.inject(browse, settings)).protocols(Load.protocol(settings));
	}

}
