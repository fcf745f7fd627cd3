package com.scalemart.loadtest.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs one simulation in a JVM of its own (Gatling ends its run with
 * {@code System.exit}), echoes its console and reads its figures from it.
 */
public final class GatlingRunner {

	private final Path java;

	private final String classpath;

	private final PrintStream out;

	public GatlingRunner(Path java, String classpath, PrintStream out) {
		this.java = java;
		this.classpath = classpath;
		this.out = out;
	}

	/**
	 * @return a runner with this JVM's own {@code java} and class path
	 */
	public static GatlingRunner ofThisJvm(PrintStream out) {
		return new GatlingRunner(Path.of(System.getProperty("java.home"), "bin", "java"),
				System.getProperty("java.class.path"), out);
	}

	/**
	 * Runs a simulation.
	 * @param simulation the simulation class
	 * @param properties its system properties
	 * @param resultsDir where Gatling writes its report folder (it prints the figures
	 * only with the report)
	 * @return the figures and the report folder
	 * @throws IllegalStateException if Gatling fails or prints no figures
	 */
	public Result run(Class<?> simulation, Map<String, String> properties, Path resultsDir) {
		List<String> command = command(simulation, properties, resultsDir);
		List<String> lines = new ArrayList<>();
		try {
			Files.createDirectories(resultsDir);
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = reader.readLine()) != null) {
					lines.add(line);
					this.out.println(line);
				}
			}
			int exit = process.waitFor();
			if (exit != 0) {
				throw new IllegalStateException("Gatling exited with code " + exit + ": see its output above");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not run Gatling", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while Gatling ran", ex);
		}
		return new Result(LoadStats.parse(lines), newestReport(resultsDir, simulation));
	}

	List<String> command(Class<?> simulation, Map<String, String> properties, Path resultsDir) {
		List<String> command = new ArrayList<>();
		command.add(this.java.toString());
		// what gatling-maven-plugin passes too: Gatling reads String internals
		command.add("--add-opens=java.base/java.lang=ALL-UNNAMED");
		command.add("--enable-native-access=ALL-UNNAMED");
		command.add("-XX:+UseParallelGC");
		command.add("-Xmx1g");
		properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
		command.add("-cp");
		command.add(this.classpath);
		command.add("io.gatling.app.Gatling");
		command.add("-s");
		command.add(simulation.getName());
		command.add("-rf");
		command.add(resultsDir.toString());
		return command;
	}

	private static Optional<Path> newestReport(Path resultsDir, Class<?> simulation) {
		String prefix = simulation.getSimpleName().toLowerCase(Locale.ROOT) + "-";
		try (Stream<Path> folders = Files.list(resultsDir)) {
			return folders.filter((folder) -> folder.getFileName().toString().startsWith(prefix))
				.filter(Files::isDirectory)
				.max(Comparator.comparing((folder) -> folder.getFileName().toString()));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	/**
	 * @param stats the figures
	 * @param reportDir the folder Gatling wrote, if it did
	 */
	public record Result(LoadStats stats, Optional<Path> reportDir) {
	}

}
