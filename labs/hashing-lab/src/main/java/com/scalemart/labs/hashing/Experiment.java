package com.scalemart.labs.hashing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.scalemart.platform.sharding.ShardSelector;

/**
 * Runs every algorithm at every node count on the same keys.
 * <p>
 * Nodes are {@code shard-0 .. shard-(N-1)}; "add" appends {@code shard-N} and "remove"
 * drops {@code shard-(N-1)}, the last one, because that is the only node jump hashing can
 * remove (the ring and modulo hashing could drop any, and for the ring which one does not
 * change the expected figures).
 * <p>
 * Public, with the records it returns, so that the data lab runs it on its own node
 * counts.
 */
public final class Experiment {

	private final UserIds keys;

	private final List<Integer> nodeCounts;

	private final List<Algorithm> algorithms;

	private final boolean measureThroughput;

	public Experiment(UserIds keys, List<Integer> nodeCounts, List<Algorithm> algorithms, boolean measureThroughput) {
		this.keys = keys;
		this.nodeCounts = nodeCounts;
		this.algorithms = algorithms;
		this.measureThroughput = measureThroughput;
	}

	static List<Algorithm> algorithms(List<Integer> virtualNodes) {
		List<Algorithm> algorithms = new ArrayList<>();
		virtualNodes.forEach((count) -> algorithms.add(Algorithm.ring(count)));
		algorithms.add(Algorithm.jump());
		algorithms.add(Algorithm.modulo());
		return algorithms;
	}

	public List<Result> run(Consumer<Result> progress) {
		List<Result> results = new ArrayList<>();
		for (Algorithm algorithm : this.algorithms) {
			for (int count : this.nodeCounts) {
				Result result = run(algorithm, count);
				progress.accept(result);
				results.add(result);
			}
		}
		return results;
	}

	private Result run(Algorithm algorithm, int count) {
		List<String> nodes = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			nodes.add("shard-" + i);
		}
		ShardSelector<String> selector = algorithm.create().apply(nodes);
		Assignment before = Assignment.of(selector, this.keys.hashes());
		Assignment added = Assignment.of(selector.withNode("shard-" + count), this.keys.hashes());
		double movedOnAdd = before.movedFraction(added);
		double movedOnRemove = (count > 1)
				? before.movedFraction(Assignment.of(selector.withoutNode(nodes.get(count - 1)), this.keys.hashes()))
				: Double.NaN;
		Throughput throughput = this.measureThroughput ? Throughput.measure(selector, this.keys)
				: new Throughput(Double.NaN, Double.NaN);
		return new Result(algorithm, count, Distribution.of(before.counts()), movedOnAdd, movedOnRemove, throughput);
	}

}
