package com.scalemart.devstack.stack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.scalemart.platform.engines.Ports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.scalemart.devstack.DevStackException;
import com.scalemart.devstack.cli.CliContext;
import com.scalemart.devstack.cli.ScaleMartCommand;
import com.scalemart.devstack.config.Settings;
import com.scalemart.devstack.engine.EngineKind;
import com.scalemart.devstack.service.ServiceDefinition;
import com.scalemart.devstack.state.StackState;
import com.scalemart.devstack.state.StateEntry;
import com.scalemart.devstack.state.StateFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * A read replica for external mode: {@code deploy/mariadb/replica.sh} against a throwaway
 * primary of the machine's MariaDB installation (binary log on, in a temporary directory,
 * on a free port), and {@code up --external} with and without
 * {@code SCALEMART_MARIADB_REPLICA}. The machine's own server on 127.0.0.1:3306 has no
 * binary log, which the script must refuse.
 */
class ExternalReplicaIntegrationTests {

	/** Tests run in the module directory, one below the root. */
	private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

	private static final Path SCRIPT = ROOT.resolve("deploy/mariadb/replica.sh");

	private static final String DATABASE = "scalemart_replica_env";

	@TempDir
	static Path shared;

	private static ThrowawayMariaDb primary;

	@TempDir
	Path temp;

	private Path launchDir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeAll
	static void startPrimary() throws Exception {
		primary = ThrowawayMariaDb.start(Files.createDirectories(shared.resolve("primary")), true);
	}

	@AfterAll
	static void stopPrimary() throws Exception {
		if (primary != null) {
			primary.close();
		}
	}

	@Test
	void theScriptStartsAReplicaThatIsSeededReplicatesReportsAndStopsThenResumes() throws Exception {
		primary.execute("CREATE DATABASE shop", "CREATE TABLE shop.item (id INT PRIMARY KEY, name VARCHAR(20))",
				"INSERT INTO shop.item VALUES (1, 'before the replica')");
		Path dir = this.temp.resolve("replica");
		int port = Ports.freePort();
		try {
			Result started = script("start", "--primary", primary.address(), "--port", Integer.toString(port), "--dir",
					dir.toString());
			assertThat(started.exitCode()).as(started.toString()).isZero();
			assertThat(started.out()).contains("Seeding from a dump of the primary's databases: shop",
					"Replica of " + primary.address() + " runs on 127.0.0.1:" + port,
					"SCALEMART_MARIADB_REPLICA=127.0.0.1:" + port + " ./scalemart up --external");
			assertThat(ThrowawayMariaDb.query(port, "SELECT name FROM shop.item WHERE id = 1"))
				.isEqualTo("before the replica");

			primary.execute("INSERT INTO shop.item VALUES (2, 'replicated')");
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(ThrowawayMariaDb.query(port, "SELECT COUNT(*) FROM shop.item"))
					.isEqualTo("2"));
			assertThat(ThrowawayMariaDb.query(port, "SELECT @@read_only")).isEqualTo("1");

			Result status = script("status", "--dir", dir.toString());
			assertThat(status.exitCode()).as(status.toString()).isZero();
			String position = primary.query("SELECT @@gtid_binlog_pos");
			assertThat(status.out()).contains("replica    127.0.0.1:" + port, "primary    " + primary.address(),
					"threads    I/O Yes, SQL Yes", "lag        Seconds_Behind_Master 0",
					"gtid       applied '" + position + "', primary at '" + position + "'");

			Result again = script("start", "--primary", primary.address(), "--port", Integer.toString(port), "--dir",
					dir.toString());
			assertThat(again.exitCode()).isZero();
			assertThat(again.out()).startsWith("A replica already runs from " + dir);

			long pid = Long.parseLong(Files.readString(dir.resolve("mariadbd.pid")).strip());
			Result stopped = script("stop", "--dir", dir.toString());
			assertThat(stopped.exitCode()).as(stopped.toString()).isZero();
			assertThat(stopped.out()).startsWith("Stopped the replica (PID " + pid + ")");
			assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
			assertThat(script("status", "--dir", dir.toString()).exitCode()).isEqualTo(3);

			primary.execute("INSERT INTO shop.item VALUES (3, 'while it was stopped')");
			Result resumed = script("start", "--primary", primary.address(), "--port", Integer.toString(port), "--dir",
					dir.toString());
			assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
			assertThat(resumed.out()).contains("Resuming from GTID position '" + position + "'")
				.doesNotContain("Seeding");
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(ThrowawayMariaDb.query(port, "SELECT COUNT(*) FROM shop.item"))
					.isEqualTo("3"));
		}
		finally {
			script("stop", "--dir", dir.toString());
			primary.execute("DROP DATABASE IF EXISTS shop");
		}
		assertThat(Ports.isFree(port)).as("nothing listens on the replica's port").isTrue();
		assertThat(StackLauncherIntegrationTests.processesMentioning(dir)).isEmpty();
	}

	@Test
	void aPrimaryWithoutBinaryLogIsRefusedInOneLineThatNamesTheSettings() throws Exception {
		// the machine's own server, which runs without a binary log
		assertThat(ThrowawayMariaDb.query(3306, "SELECT @@log_bin")).isEqualTo("0");
		Path dir = this.temp.resolve("refused");
		Result result = script("start", "--primary", "127.0.0.1:3306", "--port", Integer.toString(Ports.freePort()),
				"--dir", dir.toString());
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.err()).isEqualTo(
				"replica.sh: the primary at 127.0.0.1:3306 has binary logging off (@@log_bin = 0): add log_bin, server_id=1 and binlog_format=ROW under [mariadbd] in its configuration and restart it; this script never changes the primary\n");
		assertThat(dir).doesNotExist();
	}

	@Test
	void aPrimaryThatDoesNotAnswerABusyPortAndBadArgumentsEndInOneLine() throws Exception {
		int closed = Ports.freePort();
		Result unreachable = script("start", "--primary", "127.0.0.1:" + closed, "--port",
				Integer.toString(Ports.freePort()), "--dir", this.temp.resolve("r").toString());
		assertThat(unreachable.exitCode()).isEqualTo(1);
		assertThat(unreachable.err()).startsWith("replica.sh: cannot reach the primary at 127.0.0.1:" + closed)
			.contains("MARIADB_USER / MARIADB_PASSWORD")
			.hasLineCount(1);

		Result busy = script("start", "--primary", primary.address(), "--port", Integer.toString(primary.port()),
				"--dir", this.temp.resolve("r").toString());
		assertThat(busy.exitCode()).isEqualTo(1);
		assertThat(busy.err())
			.isEqualTo("replica.sh: port " + primary.port() + " is in use: stop what holds it (ss -ltnp 'sport = :"
					+ primary.port() + "') or choose another with --port\n");

		assertThat(script("start", "--port", "seventy").err())
			.startsWith("replica.sh: --port must be a port number between 1 and 65535, got 'seventy'; usage: ");
		assertThat(script("start", "--primary", "nohost").err())
			.startsWith("replica.sh: --primary must be host:port (e.g. 127.0.0.1:3306), got 'nohost'; usage: ");
		assertThat(script("start", "--replicas", "2").exitCode()).isEqualTo(2);
		assertThat(script("restart").err()).startsWith("replica.sh: unknown command 'restart'; usage: ");
		assertThat(script().exitCode()).isEqualTo(2);

		Result stopNothing = script("stop", "--dir", this.temp.resolve("none").toString());
		assertThat(stopNothing.exitCode()).isZero();
		assertThat(stopNothing.out()).startsWith("No replica runs from ");
		assertThat(script("status", "--dir", this.temp.resolve("none").toString()).exitCode()).isEqualTo(3);
	}

	@Test
	void upExternalGivesTheCatalogTheReplicaOnlyWhenOneIsNamedAndStatusReportsIt() throws Exception {
		Path dir = this.temp.resolve("replica");
		int port = Ports.freePort();
		try {
			assertThat(script("start", "--primary", primary.address(), "--port", Integer.toString(port), "--dir",
					dir.toString())
				.exitCode()).isZero();

			String withReplica = launchEnvPrinter(Map.of(Settings.MARIADB_REPLICA, "127.0.0.1:" + port));
			assertThat(withReplica)
				.contains("SCALEMART_DATA_REPLICA_URL=jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE,
						"SCALEMART_DATA_REPLICA_USERNAME=root")
				.contains("SPRING_DATASOURCE_URL=jdbc:mariadb://" + primary.address() + "/" + DATABASE);
			assertThat(out())
				.contains(
						"checking MariaDB replica… reachable at jdbc:mariadb://127.0.0.1:" + port + ", replicating, in")
				.doesNotContain("No read replica");

			this.out.reset();
			String withoutReplica = launchEnvPrinter(Map.of());
			assertThat(withoutReplica).contains("SPRING_DATASOURCE_URL=").doesNotContain("SCALEMART_DATA_REPLICA_URL");
			assertThat(out()).contains(
					"No read replica: replica-reader reads from the primary alone. Set SCALEMART_MARIADB_REPLICA=host:port")
				.doesNotContain("checking MariaDB replica");

			// status of a run that recorded this replica
			Path stateDir = Files.createDirectories(this.temp.resolve("state"));
			long self = ProcessHandle.current().pid();
			long started = ProcessHandle.current().info().startInstant().orElseThrow().toEpochMilli();
			new StateFile(stateDir.resolve("state.json")).write(new StackState(self, started, "external",
					List.of(new StateEntry("MariaDB", StateEntry.EXTERNAL, primary.port(), 0, 0,
							"jdbc:mariadb://" + primary.address()),
							new StateEntry("MariaDB replica", StateEntry.EXTERNAL, port, 0, 0,
									"jdbc:mariadb://127.0.0.1:" + port))));
			this.out.reset();
			int code = ScaleMartCommand
				.execute(
						new CliContext(Map.of("SCALEMART_STATE_DIR", stateDir.toString(), "SCALEMART_MARIADB",
								primary.address()), ROOT, ROOT, printStream(this.out), printStream(this.err)),
						"status");
			assertThat(code).as(out()).isZero();
			String position = primary.query("SELECT @@gtid_binlog_pos");
			assertThat(out()).containsPattern("MariaDB replica\\s+external\\s+" + port + "\\s+-\\s+external\\s+yes")
				.contains("Replication: MariaDB replica 127.0.0.1:" + port + " of " + primary.address()
						+ ": replicating, Seconds_Behind_Master 0, applied GTID '" + position + "', primary at '"
						+ position + "'");

			// the replica stopped: status says so and counts it as down
			ThrowawayMariaDb.execute(port, "STOP SLAVE");
			this.out.reset();
			code = ScaleMartCommand
				.execute(
						new CliContext(Map.of("SCALEMART_STATE_DIR", stateDir.toString(), "SCALEMART_MARIADB",
								primary.address()), ROOT, ROOT, printStream(this.out), printStream(this.err)),
						"status");
			assertThat(code).isEqualTo(1);
			assertThat(out()).contains("not replicating (I/O thread stopped, SQL thread stopped)");

			// up reports a stopped replica and uses it all the same: the catalog reads
			// the
			// primary while it is behind
			this.out.reset();
			assertThat(launchEnvPrinter(Map.of(Settings.MARIADB_REPLICA, "127.0.0.1:" + port)))
				.contains("SCALEMART_DATA_REPLICA_URL=jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE);
			assertThat(out()).contains("checking MariaDB replica… reachable at jdbc:mariadb://127.0.0.1:" + port
					+ ", not replicating, in");
		}
		finally {
			script("stop", "--dir", dir.toString());
			primary.execute("DROP DATABASE IF EXISTS " + DATABASE);
		}
	}

	@Test
	void aReplicaVariableThatNamesNoReplicaIsRefusedBeforeAnyServiceStarts() throws Exception {
		try {
			assertThatExceptionOfType(DevStackException.class)
				.isThrownBy(launcher(Map.of(Settings.MARIADB_REPLICA, primary.address()))::launch)
				.withMessage("MariaDB at " + primary.address()
						+ " (SCALEMART_MARIADB_REPLICA) replicates from nothing (SHOW SLAVE STATUS is empty): point it at a replica, which deploy/mariadb/replica.sh start makes, or unset it");
			int closed = Ports.freePort();
			assertThatExceptionOfType(RuntimeException.class)
				.isThrownBy(launcher(Map.of(Settings.MARIADB_REPLICA, "127.0.0.1:" + closed))::launch)
				.withMessageStartingWith("MariaDB at 127.0.0.1:" + closed + " is not reachable")
				.withMessageContaining("deploy/mariadb/replica.sh start");
			assertThat(out()).doesNotContain("replica-reader starting");
		}
		finally {
			primary.execute("DROP DATABASE IF EXISTS " + DATABASE);
		}
	}

	/**
	 * Runs {@code up --external} with one service that reads from a replica when there is
	 * one; it prints its database settings and exits, which ends the launch.
	 * @return what the service printed
	 */
	private String launchEnvPrinter(Map<String, String> extra) throws IOException {
		StackLauncher launcher = launcher(extra);
		assertThatExceptionOfType(DevStackException.class).isThrownBy(launcher::launch)
			.withMessageStartingWith("replica-reader exited with code 3 before it was ready");
		return Files.readString(this.launchDir.resolve("logs/replica-reader.log"));
	}

	private StackLauncher launcher(Map<String, String> extra) throws IOException {
		this.launchDir = Files.createTempDirectory(this.temp, "launch-");
		Map<String, String> env = new HashMap<>(extra);
		env.put("SCALEMART_STATE_DIR", this.launchDir.toString());
		env.put("SCALEMART_MODE", "external");
		env.put("SCALEMART_MARIADB", primary.address());
		Settings settings = Settings.from(env, ROOT, ROOT, false);
		Path jar = FakeServiceJar.build(this.launchDir, EnvPrintingService.class);
		ServiceDefinition reader = new ServiceDefinition("replica-reader", jar, Ports.freePort(), List.of(DATABASE),
				Set.of(EngineKind.MARIADB, EngineKind.MARIADB_REPLICA), Map.of());
		return new StackLauncher(settings, List.of(reader), printStream(this.out));
	}

	private static Result script(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
		builder.environment().remove("MARIADB_USER");
		builder.environment().remove("MARIADB_PASSWORD");
		Process process = builder.start();
		CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
		String stdout = readAll(process.getInputStream());
		if (!process.waitFor(2, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("replica.sh " + String.join(" ", args) + " did not finish in 2 minutes");
		}
		return new Result(process.exitValue(), stdout, stderr.join());
	}

	private static String readAll(java.io.InputStream stream) {
		try {
			return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static PrintStream printStream(ByteArrayOutputStream target) {
		return new PrintStream(target, true, StandardCharsets.UTF_8);
	}

	private String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	record Result(int exitCode, String out, String err) {
	}

}
