package com.scalemart.labs.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * What a lab ran on, for its report: figures from a 2-core machine mean little without
 * it.
 *
 * @param processors available processors (nproc)
 * @param memory total memory, from /proc/meminfo where there is one
 * @param java the Java runtime
 * @param loadAverage the one-minute load average when the run ended: other work moves the
 * figures
 * @param date when the run ended
 */
public record Machine(int processors, String memory, String java, String loadAverage, String date) {

	public static Machine current() {
		return new Machine(Runtime.getRuntime().availableProcessors(), totalMemory(),
				"%s %s (%s)".formatted(System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
						System.getProperty("java.vm.vendor")),
				readLoadAverage(), ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
	}

	/**
	 * One line for a report: "2 processors, 23.5 GiB, OpenJDK ..., load 1.20, 2026-...".
	 */
	public String describe() {
		return "%d processors, %s, %s, load average %s, %s".formatted(this.processors, this.memory, this.java,
				this.loadAverage, this.date);
	}

	private static String totalMemory() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
				if (line.startsWith("MemTotal:")) {
					long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
					return "%.1f GiB".formatted(kib / 1024.0 / 1024.0);
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			// not Linux: fall through to what the JVM knows
		}
		return "unknown (JVM max heap %d MiB)".formatted(Runtime.getRuntime().maxMemory() / 1024 / 1024);
	}

	private static String readLoadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}

}
