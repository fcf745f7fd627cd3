package com.scalemart.devstack.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import com.scalemart.devstack.config.Settings;
import com.scalemart.devstack.service.AdminAccount;
import com.scalemart.devstack.state.StackState;
import com.scalemart.devstack.state.StateEntry;
import com.scalemart.devstack.state.StateFile;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code scalemart shards} against a stand-in of the user service's admin API (the real
 * one is driven by the end-to-end test): what it sends, what it prints, its exit codes.
 */
class ShardsCommandTests {

	private static final long SELF = ProcessHandle.current().pid();

	private static final String SHARDS = """
			{"version": 3, "shards": [
			  {"id": 0, "state": "ACTIVE", "weight": 1.0, "database": "jdbc:mariadb://127.0.0.1:13306/scalemart_users_s0", "users": 1200},
			  {"id": 1, "state": "ACTIVE", "weight": 1.0, "database": "jdbc:mariadb://127.0.0.1:13306/scalemart_users_s1", "users": null, "unavailable": "no answer within 2000 ms"}],
			 "jobs": []}""";

	@TempDir
	Path stateDir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final ConcurrentLinkedQueue<String> requests = new ConcurrentLinkedQueue<>();

	private final AtomicInteger jobReads = new AtomicInteger();

	private HttpServer userService;

	private String jobOutcome = "DONE";

	private int addStatus = 202;

	@BeforeEach
	void startUserService() throws IOException {
		this.userService = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.userService.createContext("/", this::answer);
		this.userService.start();
		new StateFile(this.stateDir.resolve("state.json")).write(new StackState(SELF, 0, "embedded", List
			.of(new StateEntry("user-service", StateEntry.SERVICE, port(), SELF, 0, "http://127.0.0.1:" + port()))));
	}

	@AfterEach
	void stopUserService() {
		this.userService.stop(0);
	}

	@Test
	void showsTheShardsAndSaysWhichDidNotAnswer() {
		assertThat(run("shards")).isZero();
		assertThat(out()).contains("Shard set version 3", "scalemart_users_s0", "1,200",
				"unavailable: no answer within 2000 ms");
		assertThat(this.requests).containsExactly("POST /api/auth/login", "GET /api/admin/shards");
	}

	@Test
	void addNamesTheNextDatabaseAndFollowsTheJobToItsEnd() {
		assertThat(run("shards", "add", "--poll", "50")).isZero();
		assertThat(this.requests).contains(
				"POST /api/admin/shards {\"jdbcUrl\":\"jdbc:mariadb://127.0.0.1:13306/scalemart_users_s2?createDatabaseIfNotExist=true\",\"weight\":1.0}");
		assertThat(out()).contains("Adding shard 2", "PLANNING", "MOVING", "40/40 users moved (100.0 %)", "Job 7 DONE",
				"verified true", "p99 12.5 ms");
	}

	@Test
	void aJobThatFailsVerificationFailsTheCommand() {
		this.jobOutcome = "FAILED";
		assertThat(run("shards", "add", "--url", "jdbc:mariadb://db2:3306/users_extra", "--poll", "50"))
			.isEqualTo(ScaleMartCommand.FAILED);
		assertThat(this.requests).anyMatch((request) -> request.contains("jdbc:mariadb://db2:3306/users_extra"));
	}

	@Test
	void aRefusedShardIsAOneLineError() {
		this.addStatus = 422;
		assertThat(run("shards", "add", "--poll", "50")).isEqualTo(ScaleMartCommand.FAILED);
		assertThat(err()).startsWith("scalemart: adding jdbc:mariadb://127.0.0.1:13306/scalemart_users_s2")
			.contains("422 Could not prepare");
	}

	@Test
	void withoutARunningUserServiceItNamesUp() {
		new StateFile(this.stateDir.resolve("state.json")).write(new StackState(SELF, 0, "embedded", List.of()));
		assertThat(run("shards")).isEqualTo(ScaleMartCommand.FAILED);
		assertThat(err()).contains("user-service is not part of the running ScaleMart");
	}

	@Test
	void theAdministratorsPasswordIsMadeOnceAndReadableByItsOwnerOnly() throws IOException {
		Settings settings = Settings.from(Map.of("SCALEMART_STATE_DIR", this.stateDir.toString()), this.stateDir,
				this.stateDir, false);
		AdminAccount first = AdminAccount.of(settings);
		AdminAccount second = AdminAccount.of(settings);

		assertThat(first).isEqualTo(second);
		assertThat(first.password()).hasSizeGreaterThanOrEqualTo(32);
		assertThat(first.toString()).doesNotContain(first.password());
		assertThat(
				PosixFilePermissions.toString(Files.getPosixFilePermissions(this.stateDir.resolve("admin-password"))))
			.isEqualTo("rw-------");
	}

	private void answer(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		String request = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
		this.requests.add(body.isEmpty() || request.endsWith("/login") ? request
				: request + " " + JsonMapper.builder().build().readTree(body));
		switch (request) {
			case "POST /api/auth/login" -> respond(exchange, 200, "{\"accessToken\": \"token\"}");
			case "GET /api/admin/shards" -> respond(exchange, 200, SHARDS);
			case "POST /api/admin/shards" -> respond(exchange, this.addStatus, (this.addStatus == 202)
					? "{\"id\": 7, \"shard\": 2, \"phase\": \"WAITING\", \"planned\": 0, \"moved\": 0}"
					: "{\"status\": 422, \"title\": \"The new shard's database cannot be prepared\", \"detail\": \"Could not prepare it\"}");
			case "GET /api/admin/shards/jobs/7" -> respond(exchange, 200, job(this.jobReads.incrementAndGet()));
			default -> respond(exchange, 404, "{\"status\": 404}");
		}
	}

	private String job(int read) {
		String phase = switch (read) {
			case 1 -> "PLANNING";
			case 2, 3 -> "MOVING";
			default -> this.jobOutcome;
		};
		int moved = (read >= 3) ? 40 : 10;
		return """
				{"id": 7, "shard": 2, "phase": "%s", "planned": 40, "moved": %d, "percentMoved": %.1f, "verified": %s,
				 "report": "120 owners", "fence": {"users": 40, "p50": 3.0, "p99": 12.5, "max": 14.0}}"""
			.formatted(phase, moved, moved * 2.5, phase.equals("DONE"));
	}

	private static void respond(HttpExchange exchange, int status, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	private int port() {
		return this.userService.getAddress().getPort();
	}

	private int run(String... args) {
		CliContext context = new CliContext(
				Map.of("SCALEMART_STATE_DIR", this.stateDir.toString(), "SCALEMART_USER_SERVICE_PORT",
						Integer.toString(port())),
				this.stateDir, this.stateDir, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
		return ScaleMartCommand.execute(context, args);
	}

	private String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

}
