package com.scalemart.loadtest.bench;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LoadStatsTests {

	/** What Gatling 3.15 prints: a progress block, then the final one. */
	static final List<String> OUTPUT = """
			========================================================================================================================
			2026-11-24 14:12:31 GMT                                                                               5s elapsed
			---- Requests -----------------------------------------------------------------------|---Total---|-----OK----|----KO----
			> Global                                                                             |       500 |       499 |         1
			---- Errors ------------------------------------------------------------------------------------------------------------
			> status.find.is(200), found 404                                                                              1   (100%)
			========================================================================================================================
			Generating reports...
			========================================================================================================================
			---- Global Information -------------------------------------------------------------|---Total---|-----OK----|----KO----
			> request count                                                                      |     1,500 |     1,497 |         3
			> min response time (ms)                                                             |         1 |         1 |         3
			> response time 50th percentile (ms)                                                 |         4 |         4 |         3
			> response time 75th percentile (ms)                                                 |         6 |         6 |         3
			> response time 95th percentile (ms)                                                 |        79 |        79 |         3
			> response time 99th percentile (ms)                                                 |       147 |       147 |         3
			> mean throughput (rps)                                                              |    1,250.5 |      99.8 |       0.2
			---- Response Time Distribution ----------------------------------------------------------------------------------------
			> OK: t < 800 ms                                                                                          1,497  (99.8%)
			> KO                                                                                                          3   (0.2%)
			---- Errors ------------------------------------------------------------------------------------------------------------
			> status.find.is(200), found 404                                                                              2  (66.67%)
			> status.find.is(200), found 429                                                                              1  (33.33%)
			========================================================================================================================
			"""
		.lines()
		.toList();

	@Test
	void readsTheFinalFigures() {
		LoadStats stats = LoadStats.parse(OUTPUT);
		assertThat(stats.requests()).isEqualTo(1500);
		assertThat(stats.failed()).isEqualTo(3);
		assertThat(stats.p50()).isEqualTo(4);
		assertThat(stats.p95()).isEqualTo(79);
		assertThat(stats.p99()).isEqualTo(147);
		assertThat(stats.throughput()).isEqualTo(1250.5);
		assertThat(stats.errorRatio()).isEqualTo(0.002);
	}

	@Test
	void readsOnlyTheFinalErrors() {
		assertThat(LoadStats.parse(OUTPUT).errors())
			.containsOnlyKeys("status.find.is(200), found 404", "status.find.is(200), found 429")
			.containsEntry("status.find.is(200), found 404", 2L);
	}

	@Test
	void aRunWithoutFailuresHasNoErrors() {
		List<String> clean = OUTPUT.stream()
			.map((line) -> line.replace("|         3", "|         -"))
			.filter((line) -> !line.contains("found 4"))
			.toList();
		LoadStats stats = LoadStats.parse(clean);
		assertThat(stats.failed()).isZero();
		assertThat(stats.errors()).isEmpty();
	}

	@Test
	void outputWithoutTheFinalBlockMeansTheRunDidNotComplete() {
		assertThatIllegalArgumentException().isThrownBy(() -> LoadStats.parse(OUTPUT.subList(0, 7)))
			.withMessageContaining("the run did not complete");
	}

}
