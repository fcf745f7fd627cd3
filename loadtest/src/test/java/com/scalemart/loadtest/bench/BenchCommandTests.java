package com.scalemart.loadtest.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import com.scalemart.loadtest.LoadTest;
import com.scalemart.loadtest.LoadTestContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BenchCommandTests {

	@TempDir
	Path home;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	@Test
	void defaultsToAnOpenModelThroughTheGateway() {
		BenchCommand bench = parse("bench", "browse");
		assertThat(bench.scenario).isEqualTo(Scenario.BROWSE);
		assertThat(bench.target).isEqualTo(Target.GATEWAY);
		assertThat(bench.properties("http://127.0.0.1:8080")).containsEntry("baseUrl", "http://127.0.0.1:8080")
			.containsEntry("model", "open")
			.containsEntry("rate", "200.0")
			.containsEntry("duration", "30")
			.containsEntry("products", "100000")
			.containsEntry("pingPath", "/api/catalog-ping")
			.doesNotContainKey("users");
		assertThat(bench.commandLine())
			.isEqualTo("./scalemart bench browse --rate 200 --duration 30 --target gateway --products 100000");
	}

	@Test
	void usersSwitchToTheClosedModel() {
		BenchCommand bench = parse("bench", "PING", "--users", "32", "--duration", "20", "--target", "catalog");
		assertThat(bench.properties("http://127.0.0.1:8082")).containsEntry("model", "closed")
			.containsEntry("users", "32")
			.containsEntry("pingPath", "/api/ping");
		assertThat(bench.commandLine()).isEqualTo("./scalemart bench ping --users 32 --duration 20 --target catalog");
	}

	@Test
	void anUnknownScenarioOrTargetIsAUsageError() {
		assertThat(execute("bench", "checkout")).isEqualTo(2);
		assertThat(execute("bench", "ping", "--target", "nginx")).isEqualTo(2);
		assertThat(execute("bench", "ping", "--rate", "fast")).isEqualTo(2);
	}

	@Test
	void nonPositiveFiguresAreRejected() {
		BenchCommand bench = parse("bench", "browse", "--rate", "0");
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(bench::validate)
			.withMessage("--rate, --duration, --users and --products must be positive");
	}

	@Test
	void withoutARunningPlatformTheBenchNamesUp() {
		assertThat(execute("bench", "ping")).isEqualTo(1);
		assertThat(this.out.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void gatlingRunsInItsOwnJvmWithTheSettingsAsSystemProperties() {
		GatlingRunner runner = new GatlingRunner(Path.of("/jdk/bin/java"), "a.jar:b.jar", System.out);
		List<String> command = runner.command(Scenario.PING.simulation(), Map.of("baseUrl", "http://127.0.0.1:8082"),
				Path.of("/tmp/results"));
		assertThat(command).startsWith("/jdk/bin/java")
			.contains("--add-opens=java.base/java.lang=ALL-UNNAMED", "-DbaseUrl=http://127.0.0.1:8082")
			.endsWith("-cp", "a.jar:b.jar", "io.gatling.app.Gatling", "-s",
					"com.scalemart.loadtest.simulation.PingSimulation", "-rf", "/tmp/results");
	}

	private BenchCommand parse(String... args) {
		CommandLine commandLine = LoadTest.commandLine(context());
		commandLine.parseArgs(args);
		return (BenchCommand) commandLine.getSubcommands().get("bench").getCommand();
	}

	private int execute(String... args) {
		CommandLine commandLine = LoadTest.commandLine(context());
		commandLine.setErr(new java.io.PrintWriter(new ByteArrayOutputStream()));
		return commandLine.execute(args);
	}

	private LoadTestContext context() {
		PrintStream print = new PrintStream(this.out, true, StandardCharsets.UTF_8);
		return new LoadTestContext(this.home, Map.of(), print, new GatlingRunner(Path.of("java"), "", print));
	}

}
