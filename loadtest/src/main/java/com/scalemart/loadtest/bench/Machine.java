package com.scalemart.loadtest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The machine a figure was measured on, for the reports: results from different machines
 * are not comparable.
 */
public final class Machine {

	private Machine() {
	}

	/**
	 * @return e.g. {@code 2 cores, 23.5 GiB, Linux 6.1, JDK 25.0.3}
	 */
	public static String describe() {
		return String.format(Locale.ROOT, "%d cores, %s, %s %s, JDK %s", Runtime.getRuntime().availableProcessors(),
				memory(), System.getProperty("os.name"), System.getProperty("os.version"),
				System.getProperty("java.runtime.version"));
	}

	private static String memory() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
				if (line.startsWith("MemTotal:")) {
					long kib = Long.parseLong(line.replaceAll("\\D", ""));
					return String.format(Locale.ROOT, "%.1f GiB", kib / 1024.0 / 1024.0);
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			// not Linux: leave the memory out
		}
		return "memory unknown";
	}

}
