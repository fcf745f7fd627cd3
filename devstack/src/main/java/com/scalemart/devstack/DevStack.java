package com.scalemart.devstack;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

import com.scalemart.devstack.cli.CliContext;
import com.scalemart.devstack.cli.ScaleMartCommand;

/**
 * Entry point of {@code devstack.jar}, run by the {@code scalemart} script.
 */
public final class DevStack {

	private DevStack() {
	}

	public static void main(String[] args) {
		int code = run(args, System.getenv(), System.out, System.err);
		System.exit(code);
	}

	/**
	 * Runs one command.
	 * @param args the command line
	 * @param env the environment
	 * @param out standard output
	 * @param err standard error
	 * @return the exit code
	 */
	public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
		Path cwd = Path.of("").toAbsolutePath();
		String home = System.getProperty("scalemart.home");
		Path root = (home != null) ? Path.of(home).toAbsolutePath().normalize() : cwd;
		return ScaleMartCommand.execute(new CliContext(env, root, cwd, out, err), args);
	}

}
