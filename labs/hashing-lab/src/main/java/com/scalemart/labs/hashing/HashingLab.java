package com.scalemart.labs.hashing;

import com.scalemart.labs.support.Machine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The consistent hashing lab's entry point:
 *
 * <pre>
 * ./mvnw -q -pl labs/hashing-lab compile exec:java [-Dexec.args="--keys=1000000 --seed=42 --out=docs/results"]
 * </pre>
 *
 * It prints the tables and writes {@code hashing-lab.md}, {@code hashing-lab-balance.png}
 * and {@code hashing-lab-moved.png} to the output directory.
 */
public final class HashingLab {

	private HashingLab() {
	}

	public static void main(String[] args) throws IOException {
		System.setProperty("java.awt.headless", "true");
		LabSettings settings = LabSettings.parse(args, repositoryRoot());
		System.out.printf("%,d user ids, seed %d%n", settings.keys(), settings.seed());
		UserIds keys = UserIds.generate(settings.keys(), settings.seed());
		Experiment experiment = new Experiment(keys, settings.nodeCounts(),
				Experiment.algorithms(settings.virtualNodes()), true);
		List<Result> results = experiment.run((result) -> System.out.printf(
				"  %-20s N=%2d  max/mean %.3f  moved on add %s  on remove %s  %s M lookups/s%n",
				result.algorithm().name(), result.nodes(), result.distribution().maxOverMean(),
				Report.percent(result.movedOnAdd()), Report.percent(result.movedOnRemove()),
				Report.millions(result.throughput().uuidLookupsPerSecond())));
		Report report = new Report(settings, results, Machine.current());
		System.out.println();
		System.out.println(report.balanceTable());
		System.out.println(report.againstTarget());
		Path balance = settings.output().resolve("hashing-lab-balance.png");
		Path moved = settings.output().resolve("hashing-lab-moved.png");
		Path markdown = settings.output().resolve("hashing-lab.md");
		Charts.writeBalance(results, settings.nodeCounts(), balance);
		Charts.writeMoved(results, settings.nodeCounts(), moved);
		Files.writeString(markdown, report.markdown(balance.getFileName().toString(), moved.getFileName().toString()));
		System.out.println("Wrote " + markdown + ", " + balance + " and " + moved);
	}

	/**
	 * The directory that holds {@code mvnw}, looked for from the working directory up;
	 * the working directory itself if there is none.
	 */
	public static Path repositoryRoot() {
		Path start = Path.of("").toAbsolutePath();
		for (Path dir = start; dir != null; dir = dir.getParent()) {
			if (Files.exists(dir.resolve("mvnw"))) {
				return dir;
			}
		}
		return start;
	}

}
