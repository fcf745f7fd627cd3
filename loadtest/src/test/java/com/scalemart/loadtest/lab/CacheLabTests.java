package com.scalemart.loadtest.lab;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import com.scalemart.loadtest.bench.CacheCounters;
import com.scalemart.loadtest.bench.LoadStats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CacheLabTests {

	@Test
	void runsTheFourLevelsAtTheDefaultSizeThenTheOtherL1Sizes() {
		assertThat(LabRun.plan(List.of(100, 1_000, 5_000, 10_000), 10_000)).containsExactly(
				new LabRun.Config("OFF", 10_000), new LabRun.Config("L1_ONLY", 10_000),
				new LabRun.Config("L2_ONLY", 10_000), new LabRun.Config("L1_AND_L2", 10_000),
				new LabRun.Config("L1_AND_L2", 100), new LabRun.Config("L1_AND_L2", 1_000),
				new LabRun.Config("L1_AND_L2", 5_000));
	}

	@Test
	void quickRunsFifteenSecondsAndTheDefaultSixty() {
		assertThat(parse().settings().durationSeconds()).isEqualTo(60);
		LabSettings quick = parse("--quick").settings();
		assertThat(quick.durationSeconds()).isEqualTo(15);
		assertThat(quick.requests()).isEqualTo(4_500);
		assertThat(quick.command()).isEqualTo("./scalemart lab cache --quick --rate 300 --products 100000");
		assertThat(parse("--duration", "30", "--rate", "200").settings().requests()).isEqualTo(6_000);
		assertThat(quick.warmUpSeconds()).isEqualTo(5);
		assertThat(parse().settings().warmUpSeconds()).isEqualTo(15);
	}

	@Test
	void nonPositiveSettingsAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> parse("--rate", "0").settings())
			.withMessage("--duration, --rate and --products must be positive");
	}

	@Test
	void theLabsInstanceHasItsOwnPortKeyPrefixAndCacheConfigurationAndStaysOutOfDiscovery() {
		assertThat(LabCatalog.environment(new LabRun.Config("L2_ONLY", 1_000), 18_082))
			.containsEntry("SERVER_PORT", "18082")
			.containsEntry("SCALEMART_DISCOVERY_ENABLED", "false")
			.containsEntry("SCALEMART_REDIS_KEY_PREFIX", "scalemart-lab:")
			.containsEntry("SCALEMART_CATALOG_CACHE_LEVELS", "L2_ONLY")
			.containsEntry("SCALEMART_CATALOG_CACHE_L1_MAXIMUM_SIZE", "1000");
	}

	@Test
	void readsBeladyAndTinyLfuFromTheOfflineReport() {
		OfflineReference reference = OfflineReference.parse(List.of(
				"| capacity | entries | W-TinyLFU (Caffeine) | LRU | Belady (optimal) | W-TinyLFU (Caffeine) / optimum | LRU / optimum |",
				"|---|---|---|---|---|---|---|", "| 0.1% | 100 | 37.81% | 27.45% | 45.76% | 82.6% | 60.0% |",
				"| 10% | 10,000 | 77.16% | 72.23% | 83.55% | 92.3% | 86.5% |", "| processors (nproc) | 2 |"));
		assertThat(reference.belady()).containsOnly(Map.entry(100, 0.4576), Map.entry(10_000, 0.8355));
		assertThat(reference.tinyLfu()).containsEntry(100, 0.3781);
	}

	@Test
	void theReportHasARowPerRunWithTheOptimumAtEqualCapacity() {
		LabSettings lab = parse("--quick").settings();
		LoadStats stats = new LoadStats(4_500, 0, 3, 20, 40, 299.5, Map.of());
		List<LabRun> runs = List
			.of(new LabRun("OFF", 10_000, stats, new CacheCounters(0, 0, 0, 0), 0, 50 * 1024 * 1024), new LabRun(
					"L1_AND_L2", 100, stats, new CacheCounters(1_500, 3_000, 0, 3_000), 60_000, 60 * 1024 * 1024));
		OfflineReference reference = new OfflineReference(Map.of(100, 0.36), Map.of(100, 0.40));
		String markdown = CacheLabReport.markdown(lab, runs, reference, "2 cores", Instant.EPOCH);
		assertThat(markdown).contains("| OFF | - | 299.5 | 3 | 40 | 0 | - | - | - | - | - | - | - | 50.0 MiB |",
				"| L1_AND_L2 | 100 | 299.5 | 3 | 40 | 0 | 33.3% | 0.0% | 33.3% | 36.0% | 40.0% | 83.3% | 0.1 MiB | 60.0 MiB |",
				"./scalemart lab cache --quick --rate 300 --products 100000", "2 cores", "1970-01-01T00:00:00Z",
				"(4,500 requests; open model)", "the first 100,000 products ranked by id");
	}

	private static CacheLabCommand parse(String... args) {
		CacheLabCommand command = new CacheLabCommand(null);
		new CommandLine(command).parseArgs(args);
		return command;
	}

}
