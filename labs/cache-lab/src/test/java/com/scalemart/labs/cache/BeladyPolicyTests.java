package com.scalemart.labs.cache;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BeladyPolicyTests {

	private final BeladyPolicy belady = new BeladyPolicy();

	@Test
	void nextUsesPointAtTheNextRequestForTheSameKey() {
		assertThat(BeladyPolicy.nextUses(new int[] { 1, 2, 1, 3, 2 })).containsExactly(2, 4, 5, 5, 5);
	}

	/**
	 * Capacity 2, trace 1 2 3 1 2 4 1 2 3. Worked by hand: 1 and 2 are admitted; 3 is
	 * needed last (at 8, after 1 at 3 and 2 at 4) so it is not admitted; 1 and 2 hit; 4
	 * is never needed again, not admitted; 1 and 2 hit; 3 misses. Four hits. LRU gets
	 * none.
	 */
	@Test
	void keepsWhatIsNeededSoonestAndSkipsWhatIsNeededLast() {
		int[] trace = { 1, 2, 3, 1, 2, 4, 1, 2, 3 };
		assertThat(this.belady.hits(trace, 2)).isEqualTo(4);
		assertThat(new LruPolicy().hits(trace, 2)).isZero();
	}

	/**
	 * Capacity 2, trace 1 2 3 2 1. At 3, 1 is needed at 4 and 2 at 3, and 3 never again:
	 * skip 3. Then 2 and 1 hit: two hits.
	 */
	@Test
	void neverAdmitsAKeyThatIsNotRequestedAgainWhenFull() {
		assertThat(this.belady.hits(new int[] { 1, 2, 3, 2, 1 }, 2)).isEqualTo(2);
	}

	/**
	 * Capacity 1, trace 1 2 1 2 2: when 2 misses at 1, 1 is needed at 2 and 2 at 3, so 2
	 * is skipped; 1 hits; 2 misses at 3 and is admitted since 1 is never needed again;
	 * then 2 hits. Two hits.
	 */
	@Test
	void evictsAKeyOnceItIsNeededLaterThanTheMissedOne() {
		assertThat(this.belady.hits(new int[] { 1, 2, 1, 2, 2 }, 1)).isEqualTo(2);
	}

	@Test
	void aCacheAsLargeAsTheKeySpaceMissesOnlyFirstRequests() {
		int[] trace = ZipfTrace.generate(50, 2_000, 0.8, 3);
		long distinct = Arrays.stream(trace).distinct().count();
		assertThat(this.belady.hits(trace, 50)).isEqualTo(trace.length - distinct);
	}

	/**
	 * On many small random traces, equals the optimum found by exhaustive search (every
	 * choice of admitting or not, and of the victim) and is never beaten by LRU or
	 * W-TinyLFU.
	 */
	@Test
	void matchesExhaustiveSearchOnSmallTraces() {
		SplittableRandom random = new SplittableRandom(7);
		for (int run = 0; run < 300; run++) {
			int[] trace = random.ints(random.nextInt(1, 14), 0, 5).toArray();
			int capacity = random.nextInt(1, 4);
			long optimum = new Exhaustive(trace, capacity).best(0, 0);
			assertThat(this.belady.hits(trace, capacity)).as("trace %s, capacity %d", Arrays.toString(trace), capacity)
				.isEqualTo(optimum);
			assertThat(new LruPolicy().hits(trace, capacity)).isLessThanOrEqualTo(optimum);
			assertThat(new CaffeinePolicy().hits(trace, capacity)).isLessThanOrEqualTo(optimum);
		}
	}

	/**
	 * The most hits from request {@code i} on, given the cached keys as a bit set.
	 */
	private record Exhaustive(int[] trace, int capacity, Map<Long, Long> memo) {

		Exhaustive(int[] trace, int capacity) {
			this(trace, capacity, new HashMap<>());
		}

		long best(int i, int cached) {
			if (i == this.trace.length) {
				return 0;
			}
			long state = ((long) i << 32) | cached;
			Long known = this.memo.get(state);
			if (known != null) {
				return known;
			}
			int bit = 1 << this.trace[i];
			long result;
			if ((cached & bit) != 0) {
				result = 1 + best(i + 1, cached);
			}
			else {
				result = best(i + 1, cached);
				if (Integer.bitCount(cached) < this.capacity) {
					result = Math.max(result, best(i + 1, cached | bit));
				}
				else {
					for (int victim = 0; victim < 32; victim++) {
						if ((cached & (1 << victim)) != 0) {
							result = Math.max(result, best(i + 1, (cached & ~(1 << victim)) | bit));
						}
					}
				}
			}
			this.memo.put(state, result);
			return result;
		}

	}

}
