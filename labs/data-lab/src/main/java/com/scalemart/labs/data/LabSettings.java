package com.scalemart.labs.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The lab's parameters, from {@code --name=value} arguments; every one is optional.
 *
 * @param keys keys assigned by each hashing algorithm
 * @param seed the seed of those keys and of the owners' ids
 * @param virtualNodes the ring's virtual nodes per shard
 * @param owners owners (accounts) on the shards
 * @param childRows entries each owner starts with
 * @param rate writes per second of the load, all writers together
 * @param writers writer threads
 * @param warmupSeconds seconds of load first, not counted as "before the job": the JIT
 * and the connection pools warm up
 * @param beforeSeconds seconds of load before the shard is added, after the warm-up
 * @param afterSeconds seconds of load after the job ends
 * @param graceSeconds the job's wait for every instance to see a changed shard set
 * @param burstRates write rates of the replica lag bursts
 * @param burstSeconds seconds per burst
 * @param readBacks read-backs with and without read-your-writes
 * @param parts the parts to run
 * @param output where the report and charts go
 * @param work where the embedded servers live
 * @param arguments the arguments as given, for the report
 */
record LabSettings(int keys, long seed, int virtualNodes, int owners, int childRows, int rate, int writers,
		int warmupSeconds, int beforeSeconds, int afterSeconds, int graceSeconds, List<Integer> burstRates,
		int burstSeconds, int readBacks, Set<Part> parts, Path output, Path work, List<String> arguments) {

	static final String USAGE = """
			./scalemart lab data [--name=value ...]
			  --keys=1000000        keys per hashing algorithm
			  --seed=42             seed of the keys and the owners' ids
			  --vnodes=256          the ring's virtual nodes per shard
			  --owners=5000         owners on the shards
			  --children=4          entries each owner starts with
			  --rate=300            writes per second during resharding, all writers together
			  --writers=8           writer threads
			  --warmup=2            seconds of writes first, kept apart from "before"
			  --before=5            seconds of writes before the shard is added, after the warm-up
			  --after=5             seconds of writes after the job ends
			  --grace=5             the job's wait for instances to see the new shard set (s)
			  --bursts=200,500,1000 write rates of the replica lag bursts
			  --burst-seconds=5     seconds per burst
			  --read-backs=200      read-backs with and without read-your-writes
			  --only=distribution,resharding,replication   the parts to run
			  --out=docs/results    where the report and charts go
			MariaDB: embedded, or SCALEMART_MARIADB=host:port (SCALEMART_MARIADB_USER, _PASSWORD) for resharding;
			the replica lag part always runs an embedded primary and replica.""";

	/** The three parts of the lab. */
	enum Part {

		DISTRIBUTION, RESHARDING, REPLICATION

	}

	/**
	 * Parses the arguments.
	 * @param args {@code --name=value} arguments
	 * @param repositoryRoot where the default output, {@code docs/results}, and the work
	 * directory, {@code labs/data-lab/target/data-lab}, lie
	 * @return the settings
	 * @throws IllegalArgumentException for an unknown or malformed argument or a value
	 * out of range, with a one-line message
	 */
	static LabSettings parse(String[] args, Path repositoryRoot) {
		int keys = 1_000_000;
		long seed = 42;
		int virtualNodes = 256;
		int owners = 5000;
		int childRows = 4;
		int rate = 300;
		int writers = 8;
		int warmup = 2;
		int before = 5;
		int after = 5;
		int grace = 5;
		List<Integer> bursts = List.of(200, 500, 1000);
		int burstSeconds = 5;
		int readBacks = 200;
		Set<Part> parts = EnumSet.allOf(Part.class);
		Path output = repositoryRoot.resolve("docs/results");
		for (String arg : args) {
			String[] nameValue = arg.split("=", 2);
			if (nameValue.length != 2 || !nameValue[0].startsWith("--")) {
				throw new IllegalArgumentException("expected --name=value, got '" + arg + "' (--help lists them)");
			}
			String value = nameValue[1];
			switch (nameValue[0]) {
				case "--keys" -> keys = positive(arg, value);
				case "--seed" -> seed = number(arg, value);
				case "--vnodes" -> virtualNodes = positive(arg, value);
				case "--owners" -> owners = positive(arg, value);
				case "--children" -> childRows = atLeast(0, arg, value);
				case "--rate" -> rate = positive(arg, value);
				case "--writers" -> writers = positive(arg, value);
				case "--warmup" -> warmup = atLeast(0, arg, value);
				case "--before" -> before = atLeast(0, arg, value);
				case "--after" -> after = atLeast(0, arg, value);
				case "--grace" -> grace = atLeast(0, arg, value);
				case "--bursts" -> bursts = list(arg, value);
				case "--burst-seconds" -> burstSeconds = positive(arg, value);
				case "--read-backs" -> readBacks = positive(arg, value);
				case "--only" -> parts = parts(arg, value);
				case "--out" -> output = Path.of(value);
				default -> throw new IllegalArgumentException(
						"unknown option '%s' (--help lists them)".formatted(nameValue[0]));
			}
		}
		return new LabSettings(keys, seed, virtualNodes, owners, childRows, rate, writers, warmup, before, after, grace,
				bursts, burstSeconds, readBacks, parts, output, repositoryRoot.resolve("labs/data-lab/target/data-lab"),
				List.of(args));
	}

	boolean runs(Part part) {
		return this.parts.contains(part);
	}

	/** The command that ran the lab, for the report. */
	String command() {
		return ("./scalemart lab data " + String.join(" ", this.arguments)).strip();
	}

	private static long number(String arg, String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("'%s': '%s' is not a whole number".formatted(arg, value));
		}
	}

	private static int atLeast(int minimum, String arg, String value) {
		long number = number(arg, value);
		if (number < minimum || number > Integer.MAX_VALUE) {
			throw new IllegalArgumentException("'%s': must be at least %d".formatted(arg, minimum));
		}
		return (int) number;
	}

	private static int positive(String arg, String value) {
		return atLeast(1, arg, value);
	}

	private static List<Integer> list(String arg, String value) {
		List<Integer> values = new ArrayList<>();
		for (String item : value.split(",", -1)) {
			values.add(positive(arg, item.strip()));
		}
		return List.copyOf(values);
	}

	private static Set<Part> parts(String arg, String value) {
		Set<Part> parts = EnumSet.noneOf(Part.class);
		for (String name : value.split(",", -1)) {
			try {
				parts.add(Part.valueOf(name.strip().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("'%s': '%s' is not one of %s".formatted(arg, name,
						Arrays.stream(Part.values()).map((part) -> part.name().toLowerCase(Locale.ROOT)).toList()));
			}
		}
		return parts;
	}

}
