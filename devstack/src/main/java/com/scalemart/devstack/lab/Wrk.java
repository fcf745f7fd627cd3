package com.scalemart.devstack.lab;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.scalemart.devstack.DevStackException;

/**
 * The wrk load generator: an event loop in C that keeps up with NGINX on the same two
 * cores, where a JVM client would take the CPU it measures. Installed from the
 * distribution when missing and the lab runs as root.
 */
final class Wrk {

	private static final List<Path> CANDIDATES = List.of(Path.of("/usr/bin/wrk"), Path.of("/usr/local/bin/wrk"));

	private final Path executable;

	private Wrk(Path executable) {
		this.executable = executable;
	}

	/**
	 * Finds wrk, or installs the distribution's package.
	 * @param out where to say that it installs it
	 * @return wrk
	 * @throws DevStackException with the install command when it cannot install it
	 */
	static Wrk require(PrintStream out) {
		for (Path candidate : CANDIDATES) {
			if (Files.isExecutable(candidate)) {
				return new Wrk(candidate);
			}
		}
		if (!"root".equals(System.getProperty("user.name")) || !Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
			throw new DevStackException("the lab needs wrk: install it with `sudo apt-get install -y wrk` "
					+ "(or your system's wrk package), then run it again");
		}
		out.println("wrk is missing: installing it with apt-get install -y wrk");
		run(List.of("/usr/bin/apt-get", "install", "-y", "-qq", "wrk"), Duration.ofMinutes(5));
		if (!Files.isExecutable(CANDIDATES.get(0))) {
			throw new DevStackException("apt-get did not install wrk: install it with `apt-get install -y wrk`");
		}
		return new Wrk(CANDIDATES.get(0));
	}

	/**
	 * Runs a closed-loop load: each connection sends its next request as soon as the last
	 * is answered.
	 * @param url the URL to load
	 * @param connections connections kept open
	 * @param duration how long
	 * @return the figures
	 */
	WrkResult run(String url, int connections, Duration duration) {
		int threads = Math.min(2, connections);
		String output = run(
				List.of(this.executable.toString(), "-t" + threads, "-c" + connections,
						"-d" + Math.max(1, duration.toSeconds()) + "s", "--timeout", "10s", "--latency", url),
				duration.plusSeconds(30));
		return WrkResult.parse(output);
	}

	private static String run(List<String> command, Duration timeout) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			process.getOutputStream().close();
			byte[] output = process.getInputStream().readAllBytes();
			if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new DevStackException(command.get(0) + " did not finish within " + timeout.toSeconds() + " s");
			}
			String text = new String(output, StandardCharsets.UTF_8);
			if (process.exitValue() != 0) {
				throw new DevStackException(String.join(" ", command) + " failed: " + text.strip());
			}
			return text;
		}
		catch (IOException ex) {
			throw new DevStackException("could not run " + command.get(0) + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DevStackException("interrupted while running " + command.get(0));
		}
	}

}
