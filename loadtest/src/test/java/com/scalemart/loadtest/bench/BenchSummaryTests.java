package com.scalemart.loadtest.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class BenchSummaryTests {

	@TempDir
	Path dir;

	private final BenchSummary summary = new BenchSummary(Instant.parse("2026-11-24T14:12:31.456Z"),
			"./scalemart bench browse --rate 100 --duration 5 --target catalog --products 100000",
			"2 cores, 23.5 GiB, Linux 6.1, JDK 25", new LoadStats(500, 1, 4, 79, 147.5, 99.8, Map.of()),
			OptionalDouble.of(0.8123), "bench/browse-catalog-20261124-141231/index.html");

	@Test
	void saysItInOneLine() {
		assertThat(this.summary.oneLine())
			.isEqualTo("99.8 req/s, p50 4 ms, p95 79 ms, p99 147.5 ms, 1 errors of 500, cache hit ratio 81.2%");
	}

	@Test
	void aScenarioWithoutCacheReadsSaysNotApplicable() {
		BenchSummary ping = new BenchSummary(Instant.EPOCH, "./scalemart bench ping", "m",
				new LoadStats(10, 0, 1, 2, 3, 10, Map.of()), OptionalDouble.empty(), "");
		assertThat(ping.oneLine()).endsWith("0 errors of 10, cache hit ratio n/a");
		assertThat(ping.markdownRow()).endsWith("| n/a | - |");
	}

	@Test
	void theFirstRunCreatesTheFileWithItsHeaderAndLaterRunsAppendARow() throws Exception {
		Path file = this.dir.resolve("results/bench.md");
		this.summary.appendTo(file);
		this.summary.appendTo(file);
		List<String> lines = Files.readAllLines(file);
		assertThat(lines.get(0)).isEqualTo("# Bench runs");
		assertThat(lines).filteredOn((line) -> line.startsWith("| date |")).hasSize(1);
		assertThat(lines).filteredOn((line) -> line.startsWith("| 2026-11-24T14:12:31Z |"))
			.hasSize(2)
			.allSatisfy((line) -> assertThat(line).isEqualTo(
					"| 2026-11-24T14:12:31Z | `./scalemart bench browse --rate 100 --duration 5 --target catalog --products 100000` "
							+ "| 2 cores, 23.5 GiB, Linux 6.1, JDK 25 | 99.8 | 4 | 79 | 147.5 | 1 of 500 | 81.2% "
							+ "| [report](bench/browse-catalog-20261124-141231/index.html) |"));
	}

}
