package com.scalemart.labs.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import com.scalemart.labs.data.LabSettings.Part;
import com.scalemart.labs.hashing.Algorithm;
import com.scalemart.labs.hashing.Experiment;
import com.scalemart.labs.hashing.HashingLab;
import com.scalemart.labs.hashing.Result;
import com.scalemart.labs.hashing.UserIds;
import com.scalemart.labs.replication.ReplicationLab;
import com.scalemart.labs.replication.ReplicationLab.Measurements;
import com.scalemart.labs.support.Machine;
import org.jspecify.annotations.Nullable;

/**
 * The data tier lab's entry point:
 *
 * <pre>
 * ./scalemart lab data [--owners=5000 --rate=300 ... | --help]
 * </pre>
 *
 * It runs the three parts in turn (distribution, resharding under writes, replica lag),
 * prints what it measures, writes {@code data-lab.md} and its three charts to the output
 * directory, and exits 1 when a target was not met (2 on bad arguments).
 */
public final class DataLab {

	private DataLab() {
	}

	public static void main(String[] args) throws Exception {
		if (System.getProperty("logback.configurationFile") == null) {
			System.setProperty("logback.configurationFile", "data-lab-logback.xml");
		}
		System.setProperty("java.awt.headless", "true");
		if (List.of(args).contains("--help")) {
			System.out.println(LabSettings.USAGE);
			return;
		}
		LabSettings settings;
		try {
			settings = LabSettings.parse(args, HashingLab.repositoryRoot());
		}
		catch (IllegalArgumentException ex) {
			System.err.println("data lab: " + ex.getMessage());
			System.exit(2);
			return;
		}
		System.exit(run(settings, System.getenv()) ? 0 : 1);
	}

	/**
	 * Runs the parts the settings ask for and writes the report.
	 * @param settings the parameters
	 * @param environment where {@code SCALEMART_MARIADB} may name a server
	 * @return whether every target was met
	 * @throws Exception if a part fails in a way the report cannot describe
	 */
	static boolean run(LabSettings settings, Map<String, String> environment) throws Exception {
		long start = System.nanoTime();
		Files.createDirectories(settings.output());
		Files.createDirectories(settings.work());
		List<Result> distribution = null;
		ReshardingRun.Result resharding = null;
		Measurements replication = null;
		String replicationError = null;
		if (settings.runs(Part.DISTRIBUTION)) {
			distribution = distribution(settings);
			Charts.writeDistribution(distribution, Report.NODE_COUNTS,
					settings.output().resolve(Report.DISTRIBUTION_CHART));
		}
		if (settings.runs(Part.RESHARDING)) {
			System.out.println("== Resharding under writes");
			try (LabMariaDb database = LabMariaDb.open(environment, settings.work())) {
				resharding = new ReshardingRun(settings, DataLab::progress).run(database);
			}
			Charts.writeResharding(resharding, settings.rate(), settings.output().resolve(Report.RESHARDING_CHART));
		}
		if (settings.runs(Part.REPLICATION)) {
			System.out.println("== Replica lag and read-your-writes");
			Path base = settings.work()
				.resolve("replication-" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
			try {
				replication = ReplicationLab.measure(base, settings.burstSeconds(),
						settings.burstRates().stream().mapToInt(Integer::intValue).toArray(), settings.readBacks(),
						DataLab::progress);
				Charts.writeLag(replication, settings.output().resolve(Report.LAG_CHART));
			}
			catch (RuntimeException ex) {
				replicationError = WriteLoad.describe(ex);
				System.err.println("replica part stopped: " + replicationError);
			}
			finally {
				deleteQuietly(base);
			}
		}
		Report report = new Report(settings, distribution, resharding, replication, replicationError,
				(System.nanoTime() - start) / 1e9, Machine.current());
		Path markdown = settings.output().resolve(Report.MARKDOWN);
		Files.writeString(markdown, report.markdown());
		System.out.println();
		System.out.println(report.targets());
		System.out.println("Wrote " + markdown + " and its charts");
		return report.allMet() && replicationError == null;
	}

	private static List<Result> distribution(LabSettings settings) {
		System.out.printf("== Distribution: %,d keys, seed %d%n", settings.keys(), settings.seed());
		UserIds keys = UserIds.generate(settings.keys(), settings.seed());
		Experiment experiment = new Experiment(keys, Report.NODE_COUNTS,
				List.of(Algorithm.ring(settings.virtualNodes()), Algorithm.jump(), Algorithm.modulo()), false);
		return experiment
			.run((result) -> progress("%-18s %d -> %d shards: max/mean %.3f, moved %s (ideal %s)".formatted(
					result.algorithm().name(), result.nodes(), result.nodes() + 1, result.distribution().maxOverMean(),
					Report.percent(result.movedOnAdd()), Report.percent(result.idealAdd()))));
	}

	private static void progress(String line) {
		System.out.println("  " + line);
	}

	/** Removes the replica part's servers' files: two MariaDB installations per run. */
	private static void deleteQuietly(@Nullable Path directory) {
		if (directory == null || !Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			System.err.println("could not remove " + directory + ": " + ex.getMessage());
		}
	}

}
