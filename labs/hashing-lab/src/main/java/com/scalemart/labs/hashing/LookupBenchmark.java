package com.scalemart.labs.hashing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import com.scalemart.platform.sharding.ConsistentHashRing;
import com.scalemart.platform.sharding.JumpConsistentHash;
import com.scalemart.platform.sharding.ModuloHash;
import com.scalemart.platform.sharding.ShardSelector;

/**
 * The cost of one lookup, measured properly (forked JVM, warm-up, JMH's dead-code
 * guards), to back the lab's rough throughput column:
 *
 * <pre>
 * ./mvnw -q -pl labs/hashing-lab compile exec:exec@jmh
 * </pre>
 *
 * Keys cycle through 2^16 random user ids, more than the caches hold for the larger
 * rings, so the figures include the cache misses a router sees with many users.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LookupBenchmark {

	private static final int KEYS = 1 << 16;

	@Param({ "8" })
	int nodes;

	@Param({ "16", "256", "1024" })
	int virtualNodes;

	private ShardSelector<String> ring;

	private ShardSelector<String> jump;

	private ShardSelector<String> modulo;

	private UUID[] ids;

	private long[] hashes;

	private int next;

	@Setup
	public void setUp() {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < this.nodes; i++) {
			names.add("shard-" + i);
		}
		this.ring = ConsistentHashRing.of(names, this.virtualNodes);
		this.jump = JumpConsistentHash.of(names);
		this.modulo = ModuloHash.of(names);
		UserIds keys = UserIds.generate(KEYS, new SplittableRandom(7).nextLong());
		this.ids = keys.ids();
		this.hashes = keys.hashes();
	}

	private int nextKey() {
		this.next = (this.next + 1) & (KEYS - 1);
		return this.next;
	}

	@Benchmark
	public String ringNodeForUuid() {
		return this.ring.nodeFor(this.ids[nextKey()]);
	}

	@Benchmark
	public String ringNodeForHash() {
		return this.ring.nodeForHash(this.hashes[nextKey()]);
	}

	@Benchmark
	public String jumpNodeForHash() {
		return this.jump.nodeForHash(this.hashes[nextKey()]);
	}

	@Benchmark
	public String moduloNodeForHash() {
		return this.modulo.nodeForHash(this.hashes[nextKey()]);
	}

}
