package com.scalemart.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Starts the platform the way its users do, {@code ./scalemart up} in embedded mode,
 * seeds a small catalog, and through the gateway registers a user, logs in, reads the
 * user back with the token and reads a product twice (the second time from L1); checks
 * that MariaDB's read replica replicates and the catalog monitors it; then checks that
 * {@code ./scalemart down} stops every process the run started.
 */
class ScaleMartUpIntegrationTests {

	private static final Duration STARTUP = Duration.ofMinutes(4);

	private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

	private static ScaleMartRun run;

	@BeforeAll
	static void startTheStack() throws IOException {
		assertThat(ROOT.resolve("devstack/target/devstack.jar")).as("the launcher is built").isRegularFile();
		for (String service : List.of("discovery", "user-service", "catalog-service", "gateway")) {
			assertThat(ROOT.resolve("services/" + service + "/target/" + service + ".jar")).as(service + " is built")
				.isRegularFile();
		}
		Path stateDir = ROOT.resolve("e2e/target/scalemart-e2e-state");
		deleteRecursively(stateDir);
		run = new ScaleMartRun(ROOT, stateDir);
		run.startUp();
		await().atMost(STARTUP)
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> run.upText().contains("ScaleMart is up") || !run.upIsAlive());
		assertThat(run.upIsAlive()).as(() -> "./scalemart up is running; its output:\n" + upText()).isTrue();
		run.recordPids();
	}

	@AfterAll
	static void stopTheStack() throws IOException, InterruptedException {
		if (run != null) {
			run.tearDown();
		}
	}

	@Test
	void throughTheGatewayAUserRegistersLogsInReadsThemselvesAndAProductThenDownStopsEverything() throws Exception {
		ScaleMartRun.Result status = run.run("status");
		assertThat(status.exitCode()).as(status.output()).isZero();
		for (String service : List.of("gateway", "discovery", "user-service", "catalog-service")) {
			assertThat(status.output()).containsPattern(service + "\\s+service\\s+\\d+\\s+\\d+\\s+live\\s+yes");
		}
		assertThat(run.upText()).contains("The entry point: " + run.gatewayUrl());
		// MariaDB runs with a read replica, which the catalog reads from while in sync
		assertThat(run.upText()).containsPattern("MariaDB starting… ready on port \\d+, its replica on port \\d+");
		assertThat(status.output()).containsPattern("MariaDB replica\\s+engine\\s+\\d+\\s+\\d+\\s+live\\s+yes")
			.contains("Replication: MariaDB replica 127.0.0.1:")
			.containsPattern(": replicating, Seconds_Behind_Master \\d+");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(text(run.catalogUrl() + "/actuator/prometheus"))
				.contains("scalemart_replication_replica_up{application=\"catalog-service\"} 1.0"));

		ScaleMartRun.Result seed = run.run("seed", "--products", "50", "--seed", "7");
		assertThat(seed.exitCode()).as(seed.output()).isZero();
		assertThat(seed.output()).contains("the catalog holds 50 products");

		UserApiClient users = new UserApiClient(run.gatewayUrl());
		String email = "e2e-" + UUID.randomUUID() + "@example.com";
		String password = "correct-Horse-42-battery";
		UserApiClient.Response registered = users.register(email, password, "End To End", "+49 30 1234567");
		assertThat(registered.status()).as(registered.text()).isEqualTo(201);
		assertThat(registered.field("email")).isEqualTo(email);
		assertThat(registered.field("id")).isNotBlank();

		UserApiClient.Response login = users.login(email, password);
		assertThat(login.status()).as(login.text()).isEqualTo(200);
		assertThat(login.field("tokenType")).isEqualTo("Bearer");
		String accessToken = login.field("accessToken");
		assertThat(accessToken).isNotBlank();

		UserApiClient.Response me = users.me(accessToken);
		assertThat(me.status()).as(me.text()).isEqualTo(200);
		assertThat(me.field("email")).isEqualTo(email);

		// a third user shard, added while the platform runs; every user still logs in
		// after
		List<String> others = new java.util.ArrayList<>();
		for (int i = 0; i < 12; i++) {
			String other = "e2e-" + i + "-" + UUID.randomUUID() + "@example.com";
			assertThat(users.register(other, password, "Shard Mover", "+49 30 1234567").status()).isEqualTo(201);
			others.add(other);
		}
		ScaleMartRun.Result added = run.run("shards", "add", "--poll", "200");
		assertThat(added.exitCode()).as(added.output()).isZero();
		assertThat(added.output()).contains("verified true", "scalemart_users_s2")
			.containsPattern("Job \\d+ DONE in [0-9.]+ s: \\d+ users moved");
		ScaleMartRun.Result shards = run.run("shards");
		assertThat(shards.output()).containsPattern("2\\s+ACTIVE\\s+1\\.0\\s+\\S+scalemart_users_s2\\s+\\d+");
		// a few logins only: the login throttle allows 30 a minute per client address
		for (String other : others.subList(0, 4)) {
			assertThat(users.login(other, password).status()).as("login of %s after resharding", other).isEqualTo(200);
		}
		assertThat(users.me(users.login(email, password).field("accessToken")).field("email")).isEqualTo(email);

		UserApiClient.Response page = users.get("/api/products?size=1");
		assertThat(page.status()).as(page.text()).isEqualTo(200);
		assertThat(page.body().get("totalItems").asLong()).isEqualTo(50);
		long id = page.body().get("items").get(0).get("id").asLong();
		UserApiClient.Response first = users.get("/api/products/" + id);
		assertThat(first.status()).as(first.text()).isEqualTo(200);
		assertThat(first.field("sku")).isEqualTo("SM-0000001");
		UserApiClient.Response second = users.get("/api/products/" + id);
		assertThat(second.status()).as(second.text()).isEqualTo(200);
		assertThat(second.cache()).isEqualTo("L1");

		Set<Long> pids = run.recordPids();
		assertThat(pids).as("launcher, four services, MariaDB, its replica and Redis").hasSizeGreaterThanOrEqualTo(8);
		ScaleMartRun.Result down = run.run("down");
		assertThat(down.exitCode()).as(down.output()).isZero();
		assertThat(down.output()).contains("Stopped: launcher");
		assertThat(run.awaitUpExit(Duration.ofSeconds(30))).as("./scalemart up has exited").isTrue();
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(run.livePids()).as("recorded processes still alive").isEmpty();
			assertThat(run.processesMentioningStateDir()).as("processes naming the state dir").isEmpty();
		});
		assertThat(run.stateDir().resolve("state.json")).doesNotExist();
		assertThat(run.upText()).contains("Stopping gateway… stopped", "Stopping catalog-service… stopped",
				"Stopping user-service… stopped", "Stopping discovery… stopped", "Stopping MariaDB replica… stopped",
				"Stopping MariaDB… stopped");
	}

	private static String text(String url) throws IOException, InterruptedException {
		try (HttpClient http = HttpClient.newHttpClient()) {
			return http
				.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
						HttpResponse.BodyHandlers.ofString())
				.body();
		}
	}

	private static String upText() {
		try {
			return run.upText();
		}
		catch (IOException ex) {
			return "(unreadable: " + ex.getMessage() + ")";
		}
	}

	private static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
