package com.scalemart.labs.hashing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * What the lab ran on, for the report.
 *
 * @param processors available processors (nproc)
 * @param memory total memory, from /proc/meminfo where there is one
 * @param java the Java runtime
 * @param date when the run ended
 */
record Machine(int processors, String memory, String java, String date) {

	static Machine current() {
		return new Machine(Runtime.getRuntime().availableProcessors(), totalMemory(),
				"%s %s (%s)".formatted(System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
						System.getProperty("java.vm.vendor")),
				ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
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

}
