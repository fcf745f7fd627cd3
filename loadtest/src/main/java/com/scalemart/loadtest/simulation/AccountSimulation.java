package com.scalemart.loadtest.simulation;

import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * New customers: register a unique user, log in, read {@code /api/users/me} with the
 * access token, and trade the refresh token for a new pair. Password hashing makes this
 * the most CPU-heavy scenario per request.
 */
public class AccountSimulation extends Simulation {

	static final String PASSWORD = "correct-Horse-42-battery";

	public AccountSimulation() {
		LoadSettings settings = LoadSettings.from(System.getProperties());
		String run = UUID.randomUUID().toString().substring(0, 8);
		AtomicLong counter = new AtomicLong();
		Iterator<Map<String, Object>> feeder = Stream.generate(
				() -> Map.<String, Object>of("email", "load-" + run + "-" + counter.incrementAndGet() + "@example.com"))
			.iterator();
		ScenarioBuilder account = scenario("account").feed(feeder)
			.exec(http("register").post("/api/users")
				.header("Content-Type", "application/json")
				.body(StringBody("{\"email\":\"#{email}\",\"password\":\"" + PASSWORD
						+ "\",\"name\":\"Load Test\",\"phone\":\"+49 30 1234567\"}"))
				.check(status().is(201)))
			.exec(http("login").post("/api/auth/login")
				.header("Content-Type", "application/json")
				.body(StringBody("{\"email\":\"#{email}\",\"password\":\"" + PASSWORD + "\"}"))
				.check(status().is(200), jsonPath("$.accessToken").saveAs("access"),
						jsonPath("$.refreshToken").saveAs("refresh")))
			.exec(http("me").get("/api/users/me")
				.header("Authorization", "Bearer #{access}")
				.check(status().is(200), jsonPath("$.email").isEL("#{email}")))
			.exec(http("refresh").post("/api/auth/refresh")
				.header("Content-Type", "application/json")
				.body(StringBody("{\"refreshToken\":\"#{refresh}\"}"))
				.check(status().is(200), jsonPath("$.refreshToken").exists()));
		setUp(Load.inject(account, settings)).protocols(Load.protocol(settings));
	}

}
