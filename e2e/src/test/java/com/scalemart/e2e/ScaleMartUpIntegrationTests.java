package com.scalemart.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
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
 * registers a user, logs in, reads the user back with the token, and checks that
 * {@code ./scalemart down} stops every process the run started.
 */
class ScaleMartUpIntegrationTests {

	private static final Duration STARTUP = Duration.ofMinutes(4);

	private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

	private static ScaleMartRun run;

	@BeforeAll
	static void startTheStack() throws IOException {
		assertThat(ROOT.resolve("devstack/target/devstack.jar")).as("the launcher is built").isRegularFile();
		assertThat(ROOT.resolve("services/user-service/target/user-service.jar")).as("the user service is built")
			.isRegularFile();
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
	void aUserRegistersLogsInAndReadsThemselvesThenDownStopsEverything() throws Exception {
		ScaleMartRun.Result status = run.run("status");
		assertThat(status.exitCode()).as(status.output()).isZero();
		assertThat(status.output()).containsPattern("user-service\\s+service\\s+\\d+\\s+\\d+\\s+live\\s+yes");

		UserApiClient users = new UserApiClient(run.userServiceUrl());
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

		Set<Long> pids = run.recordPids();
		assertThat(pids).as("launcher, user-service, MariaDB and Redis").hasSizeGreaterThanOrEqualTo(4);
		ScaleMartRun.Result down = run.run("down");
		assertThat(down.exitCode()).as(down.output()).isZero();
		assertThat(down.output()).contains("Stopped: launcher");
		assertThat(run.awaitUpExit(Duration.ofSeconds(30))).as("./scalemart up has exited").isTrue();
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(run.livePids()).as("recorded processes still alive").isEmpty();
			assertThat(run.processesMentioningStateDir()).as("processes naming the state dir").isEmpty();
		});
		assertThat(run.stateDir().resolve("state.json")).doesNotExist();
		assertThat(run.upText()).contains("Stopping user-service… stopped", "Stopping MariaDB… stopped");
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
