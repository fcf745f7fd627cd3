package com.scalemart.devstack.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.scalemart.devstack.state.StackState;
import com.scalemart.devstack.state.StateEntry;
import com.scalemart.devstack.state.StateFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CommandLineTests {

	@TempDir
	Path stateDir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private Process sleeper;

	@AfterEach
	void killSleeper() {
		if (this.sleeper != null) {
			this.sleeper.destroyForcibly();
		}
	}

	@Test
	void helpListsTheCommands() {
		assertThat(run("help")).isZero();
		assertThat(out()).contains("up", "down", "status", "help");
	}

	@Test
	void noCommandShowsUsageAndIsAUsageError() {
		assertThat(run()).isEqualTo(2);
		assertThat(err()).contains("Usage: scalemart");
	}

	@Test
	void anUnknownCommandIsAUsageError() {
		assertThat(run("start")).isEqualTo(2);
		assertThat(err()).contains("Unmatched argument");
	}

	@Test
	void upTakesTheExternalOption() {
		picocli.CommandLine commandLine = ScaleMartCommand.commandLine(context());
		commandLine.parseArgs("up", "--external");
		assertThat(((UpCommand) commandLine.getSubcommands().get("up").getCommand()).external).isTrue();
	}

	@Test
	void statusWithoutStateSaysNothingRunsWithExitCode3() {
		assertThat(run("status")).isEqualTo(3);
		assertThat(out()).isEqualTo("ScaleMart is not running.\n");
	}

	@Test
	void downWithoutStateSaysSoAndSucceeds() {
		assertThat(run("down")).isZero();
		assertThat(out()).isEqualTo("ScaleMart is not running; nothing to stop.\n");
	}

	@Test
	void statusWithALiveLauncherAndADeadServiceIsDegraded() {
		ProcessHandle self = ProcessHandle.current();
		stateFile().write(new StackState(self.pid(), 0, "embedded", List
			.of(new StateEntry("user-service", StateEntry.SERVICE, 1, Long.MAX_VALUE - 1, 0, "http://127.0.0.1:1"))));
		assertThat(run("status")).isEqualTo(1);
		assertThat(out()).containsPattern("user-service\\s+service\\s+1\\s+\\d+\\s+dead\\s+no\\s+http://127.0.0.1:1")
			.contains("Some parts are down");
	}

	@Test
	void statusOfAStateWhoseProcessesAllDiedSaysNothingRuns() {
		stateFile().write(new StackState(Long.MAX_VALUE - 1, 0, "embedded", List.of()));
		assertThat(run("status")).isEqualTo(3);
	}

	@Test
	void downKillsARecordedProcessThatOutlivedItsLauncher() throws IOException {
		this.sleeper = new ProcessBuilder("sleep", "600").start();
		long pid = this.sleeper.pid();
		stateFile().write(new StackState(Long.MAX_VALUE - 1, 0, "embedded",
				List.of(new StateEntry("user-service", StateEntry.SERVICE, 1, pid, 0, "http://127.0.0.1:1"))));
		assertThat(run("down")).isZero();
		assertThat(out()).contains("Stopped: user-service (PID " + pid + ").");
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.sleeper.isAlive());
		assertThat(stateFile().path()).doesNotExist();
	}

	@Test
	void downLeavesExternalEnginesAlone() {
		stateFile().write(new StackState(Long.MAX_VALUE - 1, 0, "external",
				List.of(new StateEntry("MariaDB", StateEntry.EXTERNAL, 3306, 0, 0, "jdbc:mariadb://127.0.0.1:3306"))));
		assertThat(run("down")).isZero();
		assertThat(out()).isEqualTo("Nothing was running.\n");
	}

	private StateFile stateFile() {
		return new StateFile(this.stateDir.resolve("state.json"));
	}

	private int run(String... args) {
		return ScaleMartCommand.execute(context(), args);
	}

	private CliContext context() {
		return new CliContext(Map.of("SCALEMART_STATE_DIR", this.stateDir.toString()), this.stateDir, this.stateDir,
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
