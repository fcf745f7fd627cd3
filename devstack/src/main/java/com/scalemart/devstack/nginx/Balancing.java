package com.scalemart.devstack.nginx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.scalemart.devstack.DevStackException;

/**
 * How NGINX spreads requests over the gateways, as given to {@code --lb}.
 *
 * @param algorithm the algorithm
 * @param weights one weight per upstream for {@link Algorithm#WEIGHTED}, else empty
 */
public record Balancing(Algorithm algorithm, List<Integer> weights) {

	/**
	 * What {@code --lb} accepts, e.g. {@code round_robin}, {@code weighted:3,2,1}.
	 */
	public static final String CHOICES = "round_robin, weighted:W1,W2,..., least_conn, ip_hash, random_two";

	public Balancing {
		weights = List.copyOf(weights);
		if ((algorithm == Algorithm.WEIGHTED) == weights.isEmpty()) {
			throw new IllegalArgumentException("weights go with the weighted algorithm only");
		}
	}

	public static Balancing of(Algorithm algorithm) {
		return new Balancing(algorithm, List.of());
	}

	/**
	 * Parses the value of {@code --lb}.
	 * @param text e.g. {@code least_conn} or {@code weighted:3,2,1}
	 * @return the balancing
	 * @throws DevStackException naming the choices when the text is none of them
	 */
	public static Balancing parse(String text) {
		String value = text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
		if (value.startsWith("weighted:")) {
			return new Balancing(Algorithm.WEIGHTED, weights(value.substring("weighted:".length()), text));
		}
		for (Algorithm algorithm : Algorithm.values()) {
			if (algorithm != Algorithm.WEIGHTED && algorithm.key.equals(value)) {
				return of(algorithm);
			}
		}
		throw new DevStackException("--lb must be one of " + CHOICES + ", got '" + text + "'");
	}

	private static List<Integer> weights(String list, String text) {
		List<Integer> weights = new ArrayList<>();
		for (String part : list.split(",", -1)) {
			try {
				int weight = Integer.parseInt(part.trim());
				if (weight >= 1 && weight <= 100) {
					weights.add(weight);
					continue;
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			throw new DevStackException(
					"--lb weighted takes whole weights from 1 to 100, one per gateway (e.g. weighted:3,2,1), got '"
							+ text + "'");
		}
		return weights;
	}

	/**
	 * The weight of one upstream.
	 * @param index the upstream's position, from 0
	 * @return its weight, 1 unless weighted
	 */
	public int weight(int index) {
		return this.weights.isEmpty() ? 1 : this.weights.get(index);
	}

	/**
	 * The directive that selects the algorithm inside an {@code upstream} block.
	 * @return e.g. {@code least_conn;}, or empty for round robin, NGINX's default
	 */
	public String directive() {
		return this.algorithm.directive;
	}

	@Override
	public String toString() {
		return (this.algorithm == Algorithm.WEIGHTED)
				? "weighted:" + String.join(",", this.weights.stream().map(String::valueOf).toList())
				: this.algorithm.key;
	}

	/**
	 * The algorithms NGINX offers in its open-source build.
	 */
	public enum Algorithm {

		/** In turn; NGINX's default. */
		ROUND_ROBIN("round_robin", ""),

		/** Round robin in proportion to each server's weight (smooth weighted). */
		WEIGHTED("weighted", ""),

		/** The server with the fewest active connections, by weight. */
		LEAST_CONN("least_conn", "least_conn;"),

		/**
		 * By the client's address: the first three octets of an IPv4 address, so
		 * {@code 127.0.0.1} and {@code 127.0.0.2} are the same client.
		 */
		IP_HASH("ip_hash", "ip_hash;"),

		/** Two servers at random, then the one with fewer connections. */
		RANDOM_TWO("random_two", "random two least_conn;");

		private final String key;

		private final String directive;

		Algorithm(String key, String directive) {
			this.key = key;
			this.directive = directive;
		}

		public String key() {
			return this.key;
		}

	}

}
