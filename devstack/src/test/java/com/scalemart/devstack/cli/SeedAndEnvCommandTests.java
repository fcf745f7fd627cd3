package com.scalemart.devstack.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.scalemart.devstack.config.Settings;
import com.scalemart.devstack.service.ServiceRegistry;
import com.scalemart.devstack.state.StackState;
import com.scalemart.devstack.state.StateEntry;
import com.scalemart.devstack.state.StateFile;

import static org.assertj.core.api.Assertions.assertThat;

class SeedAndEnvCommandTests {

	private static final long SELF = ProcessHandle.current().pid();

	@TempDir
	Path stateDir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void seedWithoutARunningPlatformNamesUp() {
		assertThat(run("seed")).isEqualTo(1);
		assertThat(err())
			.isEqualTo("scalemart: ScaleMart is not running: start it with ./scalemart up (in another terminal)\n");
	}

	@Test
	void seedWithADeadLauncherNamesUp() {
		stateFile().write(new StackState(Long.MAX_VALUE - 1, 0, "embedded", List.of()));
		assertThat(run("seed")).isEqualTo(1);
		assertThat(err()).contains("start it with ./scalemart up");
	}

	@Test
	void seedNeedsAtLeastOneProduct() {
		assertThat(run("seed", "--products", "0")).isEqualTo(1);
		assertThat(err()).isEqualTo("scalemart: --products must be at least 1, got 0\n");
	}

	@Test
	void seedWithoutANumberIsAUsageError() {
		assertThat(run("seed", "--products", "many")).isEqualTo(2);
		assertThat(err()).contains("Invalid value for option '--products'");
	}

	@Test
	void seedRunsTheCatalogJarAsAOneShotCommandWithTheGivenCountAndSeed() {
		picocli.CommandLine commandLine = ScaleMartCommand.commandLine(context());
		commandLine.parseArgs("seed", "--products", "500", "--seed", "7");
		SeedCommand seed = (SeedCommand) commandLine.getSubcommands().get("seed").getCommand();
		Settings settings = context().settings(false);
		assertThat(seed.command(settings, RunningPlatform.catalog())).endsWith("-jar",
				settings.home().resolve("services/catalog-service/target/catalog-service.jar").toString(),
				"--scalemart.catalog.seed.products=500", "--scalemart.catalog.seed.random-seed=7",
				"--scalemart.catalog.seed.exit=true");
	}

	@Test
	void seedDefaultsTo100000ProductsWithSeed42AndNeverRegistersWithDiscovery() {
		picocli.CommandLine commandLine = ScaleMartCommand.commandLine(context());
		commandLine.parseArgs("seed");
		SeedCommand seed = (SeedCommand) commandLine.getSubcommands().get("seed").getCommand();
		assertThat(seed.products).isEqualTo(100_000);
		assertThat(seed.seed).isEqualTo(42);
		writeRunningCatalog();
		RunningPlatform platform = RunningPlatform.require(context().settings(false), "catalog-service");
		assertThat(SeedCommand.environment(platform, RunningPlatform.catalog()))
			.containsEntry("SCALEMART_DISCOVERY_ENABLED", "false")
			.containsEntry("SERVER_PORT", "0")
			.containsEntry("SPRING_DATASOURCE_URL", "jdbc:mariadb://127.0.0.1:23306/scalemart_catalog");
	}

	@Test
	void envPrintsTheVariablesOfARunningServiceWithTheRecordedEnginePorts() {
		writeRunningCatalog();
		assertThat(run("env", "catalog-service")).isZero();
		assertThat(out()).contains("SERVER_PORT=8082\n",
				"SPRING_DATASOURCE_URL=jdbc:mariadb://127.0.0.1:23306/scalemart_catalog\n",
				"SPRING_DATA_REDIS_HOST=127.0.0.1\n", "SPRING_DATA_REDIS_PORT=26379\n",
				"SCALEMART_DISCOVERY_URL=http://127.0.0.1:8761/eureka/\n",
				"SCALEMART_SECURITY_JWKS_URI=http://127.0.0.1:8081/.well-known/jwks.json\n");
	}

	@Test
	void envOfTheCatalogOfAnEmbeddedRunNamesTheReplicaTheRunStarted() {
		stateFile().write(new StackState(SELF, 0, "embedded",
				List.of(new StateEntry("MariaDB", StateEntry.ENGINE, 23306, SELF, 0, "jdbc:mariadb://127.0.0.1:23306"),
						new StateEntry("MariaDB replica", StateEntry.ENGINE, 23307, SELF, 0,
								"jdbc:mariadb://127.0.0.1:23307"),
						new StateEntry("Redis", StateEntry.ENGINE, 26379, SELF, 0, "redis://127.0.0.1:26379"),
						new StateEntry("catalog-service", StateEntry.SERVICE, 8082, SELF, 0, "http://127.0.0.1:8082"),
						new StateEntry("user-service", StateEntry.SERVICE, 8081, SELF, 0, "http://127.0.0.1:8081"))));
		assertThat(run("env", "catalog-service")).isZero();
		assertThat(out()).contains("SPRING_DATASOURCE_URL=jdbc:mariadb://127.0.0.1:23306/scalemart_catalog\n",
				"SCALEMART_DATA_REPLICA_URL=jdbc:mariadb://127.0.0.1:23307/scalemart_catalog\n");
		this.out.reset();
		assertThat(run("env", "user-service")).isZero();
		assertThat(out()).contains("SPRING_DATASOURCE_URL=").doesNotContain("SCALEMART_DATA_REPLICA_URL");
	}

	@Test
	void envOfTheCatalogOfAnExternalRunNamesAReplicaOnlyWhenTheRunHadOne() {
		List<StateEntry> engines = List.of(
				new StateEntry("MariaDB", StateEntry.EXTERNAL, 3306, 0, 0, "jdbc:mariadb://10.0.0.5:3306"),
				new StateEntry("Redis", StateEntry.EXTERNAL, 6379, 0, 0, "redis://10.0.0.6:6379"),
				new StateEntry("catalog-service", StateEntry.SERVICE, 8082, SELF, 0, "http://127.0.0.1:8082"));
		Map<String, String> env = Map.of("SCALEMART_MARIADB", "10.0.0.5:3306", "SCALEMART_REDIS", "10.0.0.6:6379");
		stateFile().write(new StackState(SELF, 0, "external", engines));
		assertThat(run(env, "env", "catalog-service")).isZero();
		assertThat(out()).doesNotContain("SCALEMART_DATA_REPLICA_URL");

		List<StateEntry> withReplica = new java.util.ArrayList<>(engines);
		withReplica.add(1,
				new StateEntry("MariaDB replica", StateEntry.EXTERNAL, 3307, 0, 0, "jdbc:mariadb://10.0.0.7:3307"));
		stateFile().write(new StackState(SELF, 0, "external", withReplica));
		this.out.reset();
		assertThat(run(env, "env", "catalog-service")).isZero();
		assertThat(out()).contains("SCALEMART_DATA_REPLICA_URL=jdbc:mariadb://10.0.0.7:3307/scalemart_catalog\n");
	}

	@Test
	void envOfAnExternalRunUsesTheConfiguredServers() {
		stateFile().write(new StackState(SELF, 0, "external", List.of(
				new StateEntry("MariaDB", StateEntry.EXTERNAL, 3306, 0, 0, "jdbc:mariadb://10.0.0.5:3306"),
				new StateEntry("Redis", StateEntry.EXTERNAL, 6379, 0, 0, "redis://10.0.0.6:6379"),
				new StateEntry("catalog-service", StateEntry.SERVICE, 8082, SELF, 0, "http://127.0.0.1:8082"))));
		assertThat(run(Map.of("SCALEMART_MARIADB", "10.0.0.5:3306", "SCALEMART_REDIS", "10.0.0.6:6379"), "env",
				"catalog-service"))
			.isZero();
		assertThat(out()).contains("SPRING_DATASOURCE_URL=jdbc:mariadb://10.0.0.5:3306/scalemart_catalog\n",
				"SPRING_DATA_REDIS_HOST=10.0.0.6\n");
	}

	@Test
	void envOfAServiceThatIsNotPartOfTheRunSaysSo() {
		stateFile().write(new StackState(SELF, 0, "embedded", List.of()));
		assertThat(run("env", "gateway")).isEqualTo(1);
		assertThat(err()).startsWith("scalemart: gateway is not part of the running ScaleMart");
	}

	@Test
	void envOfADeadServiceNamesItsLog() {
		stateFile().write(new StackState(SELF, 0, "embedded", List.of(new StateEntry("catalog-service",
				StateEntry.SERVICE, 8082, Long.MAX_VALUE - 1, 0, "http://127.0.0.1:8082"))));
		assertThat(run("env", "catalog-service")).isEqualTo(1);
		assertThat(err()).contains("catalog-service is not running: see ", "catalog-service.log");
	}

	@Test
	void envOfAnUnknownServiceListsTheKnownOnes() {
		assertThat(run("env", "orders")).isEqualTo(1);
		assertThat(err()).contains("there is no service 'orders'", ServiceRegistry.GATEWAY);
	}

	private void writeRunningCatalog() {
		stateFile().write(new StackState(SELF, 0, "embedded", List.of(
				new StateEntry("MariaDB", StateEntry.ENGINE, 23306, SELF, 0, "jdbc:mariadb://127.0.0.1:23306"),
				new StateEntry("Redis", StateEntry.ENGINE, 26379, SELF, 0, "redis://127.0.0.1:26379"),
				new StateEntry("catalog-service", StateEntry.SERVICE, 8082, SELF, 0, "http://127.0.0.1:8082"))));
	}

	private StateFile stateFile() {
		return new StateFile(this.stateDir.resolve("state.json"));
	}

	private int run(String... args) {
		return run(Map.of(), args);
	}

	private int run(Map<String, String> env, String... args) {
		return ScaleMartCommand.execute(context(env), args);
	}

	private CliContext context() {
		return context(Map.of());
	}

	private CliContext context(Map<String, String> extra) {
		Map<String, String> env = new java.util.HashMap<>(extra);
		env.put("SCALEMART_STATE_DIR", this.stateDir.toString());
		return new CliContext(Map.copyOf(env), this.stateDir, this.stateDir,
				new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

}
