package com.scalemart.labs.cache;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LabTests {

	@Test
	void lruEvictsTheLeastRecentlyUsedKey() {
		// a b a c b, capacity 2: c evicts b (a was used after it), so b misses again
		assertThat(new LruPolicy().hits(new int[] { 1, 2, 1, 3, 2 }, 2)).isEqualTo(1);
	}

	@Test
	void onAZipfTraceBeladyBeatsTinyLfuWhichBeatsLru() {
		int[] trace = ZipfTrace.generate(10_000, 200_000, 0.99, 11);
		List<HitRatio> results = new Simulation(trace, 10_000, List.of(0.01),
				List.of(new CaffeinePolicy(), new LruPolicy(), new BeladyPolicy()))
			.run((result) -> {
			});
		assertThat(results).extracting(HitRatio::capacity).containsOnly(100);
		double tinyLfu = results.get(0).ratio();
		double lru = results.get(1).ratio();
		double belady = results.get(2).ratio();
		assertThat(belady).isGreaterThan(tinyLfu);
		assertThat(tinyLfu).isGreaterThan(lru);
	}

	@Test
	void parsesArgumentsAndRefusesUnknownOnes() {
		LabSettings settings = LabSettings.parse(new String[] { "--keys=10", "--requests=20", "--seed=3" },
				Path.of("/repo"));
		assertThat(settings.keys()).isEqualTo(10);
		assertThat(settings.requests()).isEqualTo(20);
		assertThat(settings.seed()).isEqualTo(3);
		assertThat(settings.output()).isEqualTo(Path.of("/repo/docs/results"));
		assertThat(settings.command()).endsWith("exec:java -Dexec.args=\"--keys=10 --requests=20 --seed=3\"");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LabSettings.parse(new String[] { "--size=1" }, Path.of("/")))
			.withMessageContaining("unknown argument '--size'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LabSettings.parse(new String[] { "--keys=ten" }, Path.of("/")))
			.withMessageContaining("'--keys=ten' is not a number");
		assertThatIllegalArgumentException().isThrownBy(() -> LabSettings.parse(new String[] { "keys" }, Path.of("/")))
			.withMessageContaining("expected --name=value");
	}

	@Test
	void writesTheReportAndTheChart(@TempDir Path out) throws Exception {
		CacheLab.main(new String[] { "--keys=2000", "--requests=20000", "--out=" + out });
		String markdown = Files.readString(out.resolve("cache-lab-hit-ratio.md"));
		assertThat(markdown).contains("| 0.1% | 2 |", "| 10% | 200 |", "Belady (optimal)", "processors (nproc)",
				"![hit ratio by capacity](cache-lab-hit-ratio.png)", "--keys=2000 --requests=20000",
				"W-TinyLFU reaches ");
		byte[] png = Files.readAllBytes(out.resolve("cache-lab-hit-ratio.png"));
		assertThat(png).hasSizeGreaterThan(1_000);
		assertThat(new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
	}

}
