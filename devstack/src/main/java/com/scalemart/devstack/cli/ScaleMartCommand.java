package com.scalemart.devstack.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import com.scalemart.devstack.DevStackException;

/**
 * {@code scalemart}: the top-level command; it only dispatches.
 */
@Command(name = "scalemart", mixinStandardHelpOptions = true, version = "ScaleMart devstack 0.1.0",
		description = "Runs ScaleMart on this machine: engines and services, with only a JDK.",
		subcommands = CommandLine.HelpCommand.class,
		footer = { "", "Settings come from the environment, e.g. SCALEMART_STATE_DIR, SCALEMART_MODE,",
				"SCALEMART_MARIADB_PORT, SCALEMART_MARIADB_REPLICA_PORT, SCALEMART_REDIS_PORT,",
				"SCALEMART_KAFKA_PORT, SCALEMART_MARIADB_REPLICA (external mode),",
				"SCALEMART_GATEWAY_PORT, SCALEMART_READY_TIMEOUT: see docs/devstack.md.",
				"./scalemart bench and ./scalemart lab cache: see docs/loadtest.md." })
public final class ScaleMartCommand implements Callable<Integer> {

	/** Exit code of {@code up} and {@code down} failures. */
	static final int FAILED = 1;

	/** Exit code of a command line that cannot be parsed. */
	static final int USAGE = 2;

	@CommandLine.Spec
	private CommandLine.Model.@org.jspecify.annotations.Nullable CommandSpec spec;

	/**
	 * Parses and runs a command line.
	 * @param context the world the command runs in
	 * @param args the arguments
	 * @return the exit code
	 */
	public static int execute(CliContext context, String... args) {
		CommandLine commandLine = commandLine(context);
		return commandLine.execute(args);
	}

	static CommandLine commandLine(CliContext context) {
		CommandLine commandLine = new CommandLine(new ScaleMartCommand());
		commandLine.addSubcommand("up", new UpCommand(context));
		commandLine.addSubcommand("down", new DownCommand(context));
		commandLine.addSubcommand("status", new StatusCommand(context));
		commandLine.addSubcommand("seed", new SeedCommand(context));
		commandLine.addSubcommand("env", new EnvCommand(context));
		commandLine.addSubcommand("shards", new ShardsCommand(context));
		commandLine.addSubcommand("lab", LabCommand.commandLine(context));
		commandLine.setOut(new PrintWriter(context.out(), true));
		commandLine.setErr(new PrintWriter(context.err(), true));
		commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
			context.err().println("scalemart: " + oneLine(ex));
			return FAILED;
		});
		return commandLine;
	}

	/**
	 * The message to show for a failure: ours and the engines' are one line that names
	 * the fix; anything else is unexpected and shown with its type.
	 */
	static String oneLine(Exception ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage().lines().findFirst().orElse("") : "";
		boolean known = ex instanceof DevStackException
				|| ex.getClass().getPackageName().equals("com.scalemart.platform.engines");
		return known ? message : ex.getClass().getSimpleName() + ": " + message;
	}

	@Override
	public Integer call() {
		// no command given: show what there is
		if (this.spec != null) {
			this.spec.commandLine().usage(this.spec.commandLine().getErr());
		}
		return USAGE;
	}

}
