package com.scalemart.labs.cache;

import com.scalemart.labs.support.Machine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The cache lab's entry point:
 *
 * <pre>
 * ./mvnw -q -pl labs/cache-lab compile exec:java [-Dexec.args="--keys=100000 --requests=1000000 --exponent=0.99 --seed=42 --out=docs/results"]
 * </pre>
 *
 * It prints the table and writes {@code cache-lab-hit-ratio.md} and
 * {@code cache-lab-hit-ratio.png} to the output directory.
 */
public final class CacheLab {

	private CacheLab() {
	}

	public static void main(String[] args) throws IOException {
		System.setProperty("java.awt.headless", "true");
		LabSettings settings = LabSettings.parse(args, repositoryRoot());
		System.out.printf("Zipf(%s): %,d keys, %,d requests, seed %d%n", settings.exponent(), settings.keys(),
				settings.requests(), settings.seed());
		int[] trace = ZipfTrace.generate(settings.keys(), settings.requests(), settings.exponent(), settings.seed());
		Simulation simulation = new Simulation(trace, settings.keys(), settings.capacityFractions(),
				List.of(new CaffeinePolicy(), new LruPolicy(), new BeladyPolicy()));
		List<HitRatio> results = simulation
			.run((result) -> System.out.printf("  %-22s capacity %,8d  %6.2f%%  (%d ms)%n", result.policy(),
					result.capacity(), 100 * result.ratio(), result.millis()));
		Report report = new Report(settings, results, Machine.current());
		System.out.println();
		System.out.println(report.table());
		Path chart = settings.output().resolve("cache-lab-hit-ratio.png");
		Path markdown = settings.output().resolve("cache-lab-hit-ratio.md");
		report.writeChart(chart);
		Files.writeString(markdown, report.markdown(chart.getFileName().toString()));
		System.out.println("Wrote " + markdown + " and " + chart);
	}

	/**
	 * The directory that holds {@code mvnw}, looked for from the working directory up;
	 * the working directory itself if there is none.
	 */
	static Path repositoryRoot() {
		Path start = Path.of("").toAbsolutePath();
		for (Path dir = start; dir != null; dir = dir.getParent()) {
			if (Files.exists(dir.resolve("mvnw"))) {
				return dir;
			}
		}
		return start;
	}

}
