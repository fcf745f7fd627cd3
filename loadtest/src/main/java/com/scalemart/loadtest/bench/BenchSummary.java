package com.scalemart.loadtest.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * One bench run in one line: what ran, where, and its figures. It is printed, kept beside
 * the run's report, and appended as a row to {@code docs/results/bench.md}.
 *
 * @param date when the run ended
 * @param command the command line that ran it
 * @param machine the machine it ran on
 * @param stats Gatling's figures
 * @param hitRatio the product cache's hit ratio over the run, if the cache was read
 * @param report where the HTML report is, relative to the repository
 */
public record BenchSummary(Instant date, String command, String machine, LoadStats stats, OptionalDouble hitRatio,
		String report) {

	static final String HEADER = """
			# Bench runs

			One row per `./scalemart bench` run, newest last, appended by the command itself. Figures from one
			shared 2-core machine drift from run to run: compare rows of the same session only.

			| date | command | machine | throughput (req/s) | p50 (ms) | p95 (ms) | p99 (ms) | errors | cache hit ratio | report |
			|---|---|---|---|---|---|---|---|---|---|
			""";

	/**
	 * @return e.g. {@code 1,234.5 req/s, p50 2 ms, p95 9 ms, p99 21 ms, 0 errors of
	 * 37,035, cache hit ratio 81.2%}
	 */
	public String oneLine() {
		return String.format(Locale.ROOT, "%,.1f req/s, p50 %s ms, p95 %s ms, p99 %s ms, %,d errors of %,d, %s",
				this.stats.throughput(), ms(this.stats.p50()), ms(this.stats.p95()), ms(this.stats.p99()),
				this.stats.failed(), this.stats.requests(), "cache hit ratio " + percent(this.hitRatio));
	}

	public String markdownRow() {
		return String.format(Locale.ROOT, "| %s | `%s` | %s | %,.1f | %s | %s | %s | %,d of %,d | %s | %s |",
				this.date.truncatedTo(ChronoUnit.SECONDS), this.command, this.machine, this.stats.throughput(),
				ms(this.stats.p50()), ms(this.stats.p95()), ms(this.stats.p99()), this.stats.failed(),
				this.stats.requests(), percent(this.hitRatio),
				this.report.isEmpty() ? "-" : "[report](" + this.report + ")");
	}

	/**
	 * Appends the row, creating the file with its header first.
	 * @param file e.g. {@code docs/results/bench.md}
	 */
	public void appendTo(Path file) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			if (!Files.exists(file)) {
				Files.writeString(file, HEADER);
			}
			Files.writeString(file, markdownRow() + "\n", StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot append to " + file, ex);
		}
	}

	static String percent(OptionalDouble ratio) {
		return ratio.isPresent() ? String.format(Locale.ROOT, "%.1f%%", 100 * ratio.getAsDouble()) : "n/a";
	}

	static String ms(double value) {
		return (value == Math.rint(value)) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
	}

}
