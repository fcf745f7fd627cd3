package com.scalemart.labs.hashing;

import java.nio.file.Path;
import java.util.List;

/**
 * The lab's parameters, from the command line.
 *
 * @param keys how many user ids are assigned
 * @param seed the seed the ids are drawn with
 * @param nodeCounts the node counts to try
 * @param virtualNodes the ring's virtual nodes per node to try
 * @param output where the report and the charts go
 * @param command the command line that ran the lab, for the report
 */
record LabSettings(int keys, long seed, List<Integer> nodeCounts, List<Integer> virtualNodes, Path output,
		String command) {

	static final List<Integer> NODE_COUNTS = List.of(4, 8, 16);

	static final List<Integer> VIRTUAL_NODES = List.of(1, 16, 64, 256, 1024);

	/**
	 * Parses {@code --keys=N --seed=N --out=DIR}; every one is optional.
	 * @param args the arguments
	 * @param repositoryRoot where the default output, {@code docs/results}, lies
	 * @return the settings
	 * @throws IllegalArgumentException for an unknown or malformed argument, or fewer
	 * than one key
	 */
	static LabSettings parse(String[] args, Path repositoryRoot) {
		int keys = 1_000_000;
		long seed = 42;
		Path output = repositoryRoot.resolve("docs/results");
		for (String arg : args) {
			String[] parts = arg.split("=", 2);
			if (parts.length != 2) {
				throw new IllegalArgumentException("expected --name=value, got '" + arg + "'");
			}
			try {
				switch (parts[0]) {
					case "--keys" -> keys = Integer.parseInt(parts[1]);
					case "--seed" -> seed = Long.parseLong(parts[1]);
					case "--out" -> output = Path.of(parts[1]);
					default -> throw new IllegalArgumentException(
							"unknown argument '%s': use --keys, --seed, --out".formatted(parts[0]));
				}
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("'%s' is not a number".formatted(arg), ex);
			}
		}
		if (keys < 1) {
			throw new IllegalArgumentException("--keys must be at least 1, was " + keys);
		}
		String shown = (args.length == 0) ? "" : " -Dexec.args=\"" + String.join(" ", args) + "\"";
		return new LabSettings(keys, seed, NODE_COUNTS, VIRTUAL_NODES, output,
				"./mvnw -q -pl labs/hashing-lab compile exec:java" + shown);
	}

}
