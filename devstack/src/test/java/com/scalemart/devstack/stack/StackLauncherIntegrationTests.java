package com.scalemart.devstack.stack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.scalemart.platform.engines.Ports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.scalemart.devstack.DevStackException;
import com.scalemart.devstack.cli.CliContext;
import com.scalemart.devstack.cli.ScaleMartCommand;
import com.scalemart.devstack.config.Settings;
import com.scalemart.devstack.engine.EngineKind;
import com.scalemart.devstack.service.ServiceDefinition;
import com.scalemart.devstack.state.StackState;
import com.scalemart.devstack.state.StateFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The failure paths of {@code up}: each ends in one line that names the fix, and leaves
 * nothing running. The services here run against the machine's own Redis (external mode),
 * the engines' start is covered by the end-to-end suite.
 */
class StackLauncherIntegrationTests {

	@TempDir
	Path stateDir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void aBusyPortIsNamedWithItsVariableAndNothingStarts() throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			int code = up(Map.of("SCALEMART_MARIADB_PORT", Integer.toString(taken.getLocalPort())));
			assertThat(code).isEqualTo(1);
			assertThat(err()).isEqualTo("scalemart: port " + taken.getLocalPort()
					+ " (embedded MariaDB) is in use: stop what holds it (`ss -ltnp 'sport = :" + taken.getLocalPort()
					+ "'`) or set SCALEMART_MARIADB_PORT\n");
		}
		assertThat(out()).doesNotContain("[1/");
		assertNothingRuns();
	}

	@Test
	void aBusyReplicaPortIsNamedWithItsVariableAndNothingStarts() throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			int code = up(Map.of("SCALEMART_MARIADB_REPLICA_PORT", Integer.toString(taken.getLocalPort())));
			assertThat(code).isEqualTo(1);
			assertThat(err()).isEqualTo("scalemart: port " + taken.getLocalPort()
					+ " (embedded MariaDB replica) is in use: stop what holds it (`ss -ltnp 'sport = :"
					+ taken.getLocalPort() + "'`) or set SCALEMART_MARIADB_REPLICA_PORT\n");
		}
		assertThat(out()).doesNotContain("[1/");
		assertNothingRuns();
	}

	@Test
	void aBusyServicePortNamesTheServiceVariable() throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			int code = up(Map.of("SCALEMART_USER_SERVICE_PORT", Integer.toString(taken.getLocalPort())));
			assertThat(code).isEqualTo(1);
			assertThat(err()).startsWith("scalemart: port " + taken.getLocalPort() + " (user-service) is in use")
				.endsWith("or set SCALEMART_USER_SERVICE_PORT\n");
		}
		assertNothingRuns();
	}

	@Test
	void twoPartsOnOnePortAreRejectedBeforeAnythingStarts() {
		int code = up(Map.of("SCALEMART_REDIS_PORT", "18999", "SCALEMART_KAFKA_PORT", "18999"));
		assertThat(code).isEqualTo(1);
		assertThat(err()).isEqualTo(
				"scalemart: embedded Redis and embedded Kafka are both set to port 18999: change SCALEMART_KAFKA_PORT or SCALEMART_REDIS_PORT\n");
		assertNothingRuns();
	}

	@Test
	void anUnreachableExternalMariaDbIsNamedAndNothingIsLeftRunning() {
		int closedPort = Ports.freePort();
		int code = up(Map.of("SCALEMART_MODE", "external", "SCALEMART_MARIADB", "127.0.0.1:" + closedPort,
				"SCALEMART_USER_SERVICE_PORT", Integer.toString(Ports.freePort())));
		assertThat(code).isEqualTo(1);
		assertThat(err()).startsWith("scalemart: MariaDB at 127.0.0.1:" + closedPort + " is not reachable")
			.contains("point SCALEMART_MARIADB")
			.hasLineCount(1);
		assertThat(out()).contains("checking MariaDB… failed");
		assertNothingRuns();
	}

	@Test
	void anEmbeddedEngineThatDoesNotStartIsNamedAndNothingIsLeftRunning() throws IOException {
		// a file where MariaDB's directory belongs: the engine cannot install itself
		// there
		Files.createDirectories(this.stateDir.resolve("data"));
		Files.writeString(this.stateDir.resolve("data/mariadb"), "not a directory");
		int mariaDbPort = Ports.freePort();
		int code = up(Map.of("SCALEMART_MARIADB_PORT", Integer.toString(mariaDbPort), "SCALEMART_REDIS_PORT",
				Integer.toString(Ports.freePort()), "SCALEMART_KAFKA_PORT", Integer.toString(Ports.freePort()),
				"SCALEMART_USER_SERVICE_PORT", Integer.toString(Ports.freePort())));
		assertThat(code).isEqualTo(1);
		assertThat(err()).startsWith("scalemart: embedded MariaDB did not start on port " + mariaDbPort)
			.hasLineCount(1);
		assertThat(out()).contains("[1/7] MariaDB starting… failed");
		assertNothingRuns();
	}

	@Test
	void aSecondUpWhileOneRunsIsRefused() {
		ProcessHandle self = ProcessHandle.current();
		stateFile().write(new StackState(self.pid(), self.info().startInstant().orElseThrow().toEpochMilli(),
				"embedded", List.of()));
		int code = up(Map.of());
		assertThat(code).isEqualTo(1);
		assertThat(err()).startsWith("scalemart: ScaleMart is already running (launcher PID " + self.pid())
			.contains("stop it with ./scalemart down");
		assertThat(stateFile().read()).isPresent();
	}

	@Test
	void aServiceThatExitsIsNamedWithItsLogAndNothingIsLeftRunning() throws IOException {
		Path jar = FakeServiceJar.build(this.stateDir, ExitingService.class);
		StackLauncher launcher = new StackLauncher(externalSettings(Map.of()), List.of(service("exiting-service", jar)),
				printStream(this.out));
		assertThatExceptionOfType(DevStackException.class).isThrownBy(launcher::launch)
			.withMessage("exiting-service exited with code 3 before it was ready: see its log "
					+ this.stateDir.resolve("logs/exiting-service.log"));
		assertThat(this.stateDir.resolve("logs/exiting-service.log")).content()
			.contains("cannot start: no configuration");
		assertNothingRuns();
	}

	@Test
	void aServiceThatIsNotReadyInTimeIsStoppedAndNamed() throws IOException {
		Path jar = FakeServiceJar.build(this.stateDir, SilentService.class);
		StackLauncher launcher = new StackLauncher(externalSettings(Map.of("SCALEMART_READY_TIMEOUT", "3")),
				List.of(service("silent-service", jar)), printStream(this.out));
		assertThatExceptionOfType(DevStackException.class).isThrownBy(launcher::launch)
			.withMessageStartingWith("silent-service was not ready within 3 s")
			.withMessageContaining("see its log " + this.stateDir.resolve("logs/silent-service.log"))
			.withMessageEndingWith("raise SCALEMART_READY_TIMEOUT (seconds)");
		assertThat(out()).contains("Stopping silent-service… stopped");
		assertNothingRuns();
	}

	private ServiceDefinition service(String name, Path jar) {
		return new ServiceDefinition(name, jar, Ports.freePort(), List.of(), Set.of(EngineKind.REDIS), Map.of());
	}

	private Settings externalSettings(Map<String, String> extra) {
		Map<String, String> env = new HashMap<>(extra);
		env.put("SCALEMART_STATE_DIR", this.stateDir.toString());
		env.put("SCALEMART_MODE", "external");
		return Settings.from(env, repositoryRoot(), repositoryRoot(), false);
	}

	private int up(Map<String, String> extra) {
		Map<String, String> env = new HashMap<>(extra);
		env.put("SCALEMART_STATE_DIR", this.stateDir.toString());
		// Ports the test does not choose are free ones, so that a platform running on the
		// default ports on this machine does not change what the test sees.
		for (String port : List.of("SCALEMART_MARIADB_PORT", "SCALEMART_MARIADB_REPLICA_PORT", "SCALEMART_REDIS_PORT",
				"SCALEMART_KAFKA_PORT", "SCALEMART_DISCOVERY_PORT", "SCALEMART_USER_SERVICE_PORT",
				"SCALEMART_CATALOG_SERVICE_PORT", "SCALEMART_GATEWAY_PORT", "SCALEMART_NGINX_PORT")) {
			env.computeIfAbsent(port, (name) -> Integer.toString(Ports.freePort()));
		}
		Path home = Path.of("").toAbsolutePath().getParent();
		return ScaleMartCommand.execute(new CliContext(env, home, home, printStream(this.out), printStream(this.err)),
				"up");
	}

	/** Tests run in the module directory, one below the root. */
	private static Path repositoryRoot() {
		return Path.of("").toAbsolutePath().getParent();
	}

	private void assertNothingRuns() {
		assertThat(stateFile().path()).doesNotExist();
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(processesMentioning(this.stateDir)).isEmpty());
	}

	/**
	 * Command lines that name the state dir: service JVMs do, through their CDS archive.
	 */
	static List<String> processesMentioning(Path dir) {
		return ProcessHandle.allProcesses()
			.filter((process) -> process.pid() != ProcessHandle.current().pid())
			.map((process) -> process.info().commandLine().orElse(""))
			.filter((commandLine) -> commandLine.contains(dir.toString()))
			.toList();
	}

	private StateFile stateFile() {
		return new StateFile(this.stateDir.resolve("state.json"));
	}

	private static PrintStream printStream(ByteArrayOutputStream target) {
		return new PrintStream(target, true, StandardCharsets.UTF_8);
	}

	private String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

}
