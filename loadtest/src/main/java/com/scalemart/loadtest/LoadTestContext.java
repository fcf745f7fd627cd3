package com.scalemart.loadtest;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.scalemart.loadtest.bench.GatlingRunner;
import com.scalemart.loadtest.bench.Platform;

/**
 * What the load-test commands need from the world, passed in so that tests parse and run
 * them in-process.
 *
 * @param home the repository root
 * @param env the environment (for the state dir)
 * @param out standard output
 * @param gatling runs simulations
 */
public record LoadTestContext(Path home, Map<String, String> env, PrintStream out, GatlingRunner gatling) {

	/**
	 * @return the state file of {@code ./scalemart up}: {@code SCALEMART_STATE_DIR} or
	 * {@code .scalemart}
	 */
	public Path stateFile() {
		String dir = this.env.get("SCALEMART_STATE_DIR");
		Path stateDir = (dir != null) ? Path.of(dir).toAbsolutePath() : this.home.resolve(".scalemart");
		return stateDir.resolve("state.json");
	}

	public Platform platform() {
		return Platform.read(stateFile());
	}

	/**
	 * Runs {@code ./scalemart <args>} to completion, its output on ours.
	 * @param args e.g. {@code seed --products 1000}
	 * @return what it printed
	 * @throws IllegalStateException if it fails
	 */
	public String scalemart(String... args) {
		List<String> command = new ArrayList<>();
		command.add(this.home.resolve("scalemart").toString());
		command.addAll(List.of(args));
		try {
			Process process = new ProcessBuilder(command).directory(this.home.toFile())
				.redirectError(ProcessBuilder.Redirect.INHERIT)
				.start();
			String output = new String(process.getInputStream().readAllBytes(),
					java.nio.charset.StandardCharsets.UTF_8);
			int exit = process.waitFor();
			if (!args[0].equals("env")) {
				this.out.print(output);
			}
			if (exit != 0) {
				throw new IllegalStateException(
						"./scalemart " + String.join(" ", args) + " failed (exit " + exit + ")");
			}
			return output;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not run ./scalemart", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while ./scalemart " + args[0] + " ran", ex);
		}
	}

}
