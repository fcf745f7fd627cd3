package com.scalemart.loadtest;

import java.io.PrintWriter;
import java.nio.file.Path;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import com.scalemart.loadtest.bench.BenchCommand;
import com.scalemart.loadtest.bench.GatlingRunner;
import com.scalemart.loadtest.lab.LabCommand;

/**
 * The load-test commands behind {@code ./scalemart bench} and {@code ./scalemart lab}.
 */
@Command(name = "scalemart", mixinStandardHelpOptions = true,
		description = "Load tests against the running platform: see docs/loadtest.md.")
public final class LoadTest {

	static final int FAILED = 1;

	private LoadTest() {
	}

	public static void main(String[] args) {
		Path home = Path.of(System.getProperty("scalemart.home", ".")).toAbsolutePath().normalize();
		LoadTestContext context = new LoadTestContext(home, System.getenv(), System.out,
				GatlingRunner.ofThisJvm(System.out));
		System.exit(commandLine(context).execute(args));
	}

	/**
	 * @param context the world the commands run in
	 * @return the command line with {@code bench} and {@code lab}
	 */
	public static CommandLine commandLine(LoadTestContext context) {
		CommandLine commandLine = new CommandLine(new LoadTest());
		commandLine.addSubcommand("bench", new BenchCommand(context));
		commandLine.addSubcommand("lab", LabCommand.commandLine(context));
		commandLine.setCaseInsensitiveEnumValuesAllowed(true);
		commandLine.setOut(new PrintWriter(context.out(), true));
		commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
			cmd.getErr().println("scalemart: " + ex.getMessage());
			return FAILED;
		});
		return commandLine;
	}

}
