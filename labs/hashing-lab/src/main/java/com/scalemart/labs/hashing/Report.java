package com.scalemart.labs.hashing;

import com.scalemart.labs.support.Machine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lab's Markdown report and console tables.
 */
final class Report {

	/** The target's ring: 8 nodes of 256 virtual nodes. */
	static final int TARGET_NODES = 8;

	static final int TARGET_VIRTUAL_NODES = 256;

	static final double TARGET_MAX_OVER_MEAN = 1.15;

	/** Keys moved on add at most this times K/N. */
	static final double TARGET_MOVED_FACTOR = 1.1;

	private final LabSettings settings;

	private final List<Result> results;

	private final Machine machine;

	Report(LabSettings settings, List<Result> results, Machine machine) {
		this.settings = settings;
		this.results = results;
		this.machine = machine;
	}

	/**
	 * Every measurement, one row per algorithm and node count.
	 * @return a Markdown table
	 */
	String table() {
		StringBuilder table = new StringBuilder(
				"| algorithm | nodes | max/mean | sd/mean | moved on add | / ideal 1/(N+1) | moved on remove | / ideal 1/N "
						+ "| nodeFor(UUID) M/s (rough) | nodeForHash M/s (rough) |\n");
		table.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		for (Result result : this.results) {
			table
				.append("| %s | %d | %.3f | %.3f | %s | %s | %s | %s | %s | %s |\n".formatted(result.algorithm().name(),
						result.nodes(), result.distribution().maxOverMean(), result.distribution().stdDevOverMean(),
						percent(result.movedOnAdd()), ratio(result.movedOnAdd() / result.idealAdd()),
						percent(result.movedOnRemove()), ratio(result.movedOnRemove() / result.idealRemove()),
						millions(result.throughput().uuidLookupsPerSecond()),
						millions(result.throughput().hashLookupsPerSecond())));
		}
		return table.toString();
	}

	/**
	 * Max/mean keys per node: one row per algorithm, one column per node count.
	 * @return a Markdown table
	 */
	String balanceTable() {
		Map<String, Map<Integer, Result>> rows = new LinkedHashMap<>();
		this.results
			.forEach((result) -> rows.computeIfAbsent(result.algorithm().name(), (name) -> new LinkedHashMap<>())
				.put(result.nodes(), result));
		StringBuilder table = new StringBuilder("| algorithm |");
		this.settings.nodeCounts().forEach((count) -> table.append(" N = %d |".formatted(count)));
		table.append("\n|---|");
		this.settings.nodeCounts().forEach((count) -> table.append("---:|"));
		table.append('\n');
		rows.forEach((name, byCount) -> {
			table.append("| ").append(name).append(" |");
			this.settings.nodeCounts().forEach((count) -> {
				Result result = byCount.get(count);
				table.append((result != null) ? " %.3f |".formatted(result.distribution().maxOverMean()) : " - |");
			});
			table.append('\n');
		});
		return table.toString();
	}

	/**
	 * The Phase 2 target, checked on the 8-node, 256-virtual-node ring.
	 * @return a paragraph
	 */
	String againstTarget() {
		Optional<Result> target = this.results.stream()
			.filter((result) -> result.algorithm().virtualNodes() == TARGET_VIRTUAL_NODES
					&& result.nodes() == TARGET_NODES)
			.findFirst();
		if (target.isEmpty()) {
			return "The target's ring (8 nodes x 256 virtual nodes) was not part of this run.";
		}
		Result result = target.get();
		double max = result.distribution().maxOverMean();
		double movedLimit = TARGET_MOVED_FACTOR / TARGET_NODES;
		return ("Target: a ring of 8 nodes x 256 virtual nodes keeps max/mean keys ≤ %.2f and moves ≤ %.1f x K/N keys "
				+ "when a node is added. Measured: max/mean %.3f (%s); moved on add %s of the keys against a limit "
				+ "of %s (%s), and %.2f x the ideal K/(N+1) = %s.")
			.formatted(TARGET_MAX_OVER_MEAN, TARGET_MOVED_FACTOR, max, verdict(max <= TARGET_MAX_OVER_MEAN),
					percent(result.movedOnAdd()), percent(movedLimit), verdict(result.movedOnAdd() <= movedLimit),
					result.movedOnAdd() / result.idealAdd(), percent(result.idealAdd()));
	}

	String markdown(String balanceChart, String movedChart) {
		return """
				# Consistent hashing lab: balance, movement and lookup cost

				%,d user ids (random version 4 UUIDs, seed %d) are assigned to N = %s nodes by the consistent hash ring
				of `platform-sharding` with %s virtual nodes per node, by jump consistent hashing (Guava) and by
				`hash mod N`. Every algorithm places a key by the same 64-bit hash (MurmurHash3 x64 128, first eight
				bytes), so differences are the algorithms' own. Then one node is added (`shard-N`) and, separately,
				the last one removed (`shard-(N-1)`, the only node jump hashing can remove), and the keys whose node
				changed are counted. A consistent scheme moves only the keys the new node takes over, ideally its fair
				share K/(N+1), or the removed node's keys, ideally K/N. So "/ ideal" is about 1.00 for a consistent
				scheme; below 1 means the newcomer (or the removed node) held less than a fair share, above 1 more,
				and far above 1 means keys moved between nodes that did not change (modulo hashing).

				## Balance

				Busiest node's keys over the mean (1.000 is perfect):

				%s
				![max/mean keys per node vs virtual nodes](%s)

				## Keys moved

				![fraction of keys moved when a node is added or removed](%s)

				## All figures

				%s
				Throughput is rough: one thread, best of three passes over all %,d keys after one warm-up pass,
				no forked JVMs. `nodeFor(UUID)` includes hashing the id; `nodeForHash` is the search alone.

				## What to look for

				- One point per node leaves arcs of very different lengths: the busiest node can hold several times
				  its share, and what moves on a change depends on which arc the node sat on. Virtual nodes average
				  many arcs per node, so the spread falls roughly like 1/sqrt(virtual nodes), at the price of a
				  larger array to search (the lookup figures fall as the points grow).
				- Jump hashing is even without any table and moves exactly the minimum, but it only appends or drops
				  the last bucket and has no weights; the ring removes any node and weights nodes.
				- Modulo hashing is as even as jump hashing, and moves about N/(N+1) of all keys on any change:
				  resharding by modulo copies nearly the whole data set.

				## Against the target

				%s

				## How it was produced

				```
				%s
				```

				| machine | |
				|---|---|
				| processors (nproc) | %d |
				| memory | %s |
				| java | %s |
				| date | %s |
				""".formatted(this.settings.keys(), this.settings.seed(), join(this.settings.nodeCounts()),
				join(this.settings.virtualNodes()), balanceTable(), balanceChart, movedChart, table(),
				this.settings.keys(), againstTarget(), this.settings.command(), this.machine.processors(),
				this.machine.memory(), this.machine.java() + ", load average " + this.machine.loadAverage(),
				this.machine.date());
	}

	private static String verdict(boolean met) {
		return met ? "met" : "NOT met";
	}

	private static String join(List<Integer> values) {
		return String.join(", ", values.stream().map(String::valueOf).toList());
	}

	static String percent(double fraction) {
		return Double.isNaN(fraction) ? "-" : "%.2f%%".formatted(100 * fraction);
	}

	static String ratio(double ratio) {
		return Double.isNaN(ratio) ? "-" : "%.2f".formatted(ratio);
	}

	static String millions(double perSecond) {
		return Double.isNaN(perSecond) ? "-" : "%.1f".formatted(perSecond / 1e6);
	}

}
