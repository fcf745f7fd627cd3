package com.scalemart.labs.cache;

import java.nio.file.Path;
import java.util.List;

/**
 * The lab's parameters, from the command line.
 *
 * @param keys distinct keys
 * @param requests requests in the trace
 * @param exponent the Zipf exponent
 * @param seed the trace's seed
 * @param capacityFractions capacities as fractions of the keys
 * @param output where the report and the chart go
 * @param command the command line that ran the lab, for the report
 */
record LabSettings(int keys, int requests, double exponent, long seed, List<Double> capacityFractions, Path output,
		String command) {

	static final List<Double> DEFAULT_CAPACITIES = List.of(0.001, 0.005, 0.01, 0.02, 0.05, 0.10);

	/**
	 * Parses {@code --keys=N --requests=N --exponent=S --seed=N --out=DIR}; every one is
	 * optional.
	 * @param args the arguments
	 * @param repositoryRoot where the default output, {@code docs/results}, lies
	 * @return the settings
	 * @throws IllegalArgumentException for an unknown or malformed argument
	 */
	static LabSettings parse(String[] args, Path repositoryRoot) {
		int keys = 100_000;
		int requests = 1_000_000;
		double exponent = 0.99;
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
					case "--requests" -> requests = Integer.parseInt(parts[1]);
					case "--exponent" -> exponent = Double.parseDouble(parts[1]);
					case "--seed" -> seed = Long.parseLong(parts[1]);
					case "--out" -> output = Path.of(parts[1]);
					default -> throw new IllegalArgumentException(
							"unknown argument '%s': use --keys, --requests, --exponent, --seed, --out"
								.formatted(parts[0]));
				}
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("'%s' is not a number".formatted(arg), ex);
			}
		}
		String shown = (args.length == 0) ? "" : " -Dexec.args=\"" + String.join(" ", args) + "\"";
		return new LabSettings(keys, requests, exponent, seed, DEFAULT_CAPACITIES, output,
				"./mvnw -q -pl labs/cache-lab compile exec:java" + shown);
	}

}
