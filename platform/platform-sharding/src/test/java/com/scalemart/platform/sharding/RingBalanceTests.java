package com.scalemart.platform.sharding;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * How evenly a ring spreads keys. These are properties of the algorithm on fixed node
 * names and seeded keys, so the bounds are exact outcomes, not timings.
 */
class RingBalanceTests {

	private static final long[] MILLION_KEYS = Keys.hashes(1_000_000, 20_240_501L);

	@Test
	void eightNodesOf256VirtualNodesStayWithin15PercentOfTheMean() {
		ConsistentHashRing<String> ring = RingInvariants.check(ConsistentHashRing.of(Keys.nodes(8), 256));
		int[] counts = Keys.counts(ring, MILLION_KEYS);
		assertThat(Keys.maxOverMean(counts)).isLessThanOrEqualTo(1.15);
		assertThat(ring.ownership().values()).allSatisfy((share) -> assertThat(share).isBetween(0.85 / 8, 1.15 / 8));
	}

	@Test
	void moreVirtualNodesSpreadKeysMoreEvenly() {
		double one = Keys.maxOverMean(Keys.counts(ConsistentHashRing.of(Keys.nodes(8), 1), MILLION_KEYS));
		double sixteen = Keys.maxOverMean(Keys.counts(ConsistentHashRing.of(Keys.nodes(8), 16), MILLION_KEYS));
		double many = Keys.maxOverMean(Keys.counts(ConsistentHashRing.of(Keys.nodes(8), 1024), MILLION_KEYS));
		assertThat(one).isGreaterThan(sixteen);
		assertThat(sixteen).isGreaterThan(many);
		assertThat(many).isLessThan(1.05);
	}

	@Test
	void ownershipPredictsTheShareOfKeys() {
		ConsistentHashRing<String> ring = RingInvariants.check(ConsistentHashRing.of(Keys.nodes(6), 32));
		int[] counts = Keys.counts(ring, MILLION_KEYS);
		Map<String, Double> ownership = ring.ownership();
		for (int i = 0; i < counts.length; i++) {
			// a binomial share of a million keys deviates by well under 0.002
			assertThat((double) counts[i] / MILLION_KEYS.length).as(ring.nodes().get(i))
				.isCloseTo(ownership.get(ring.nodes().get(i)), within(0.002));
		}
	}

	@Test
	void aNodeOfWeightTwoGetsAboutTwiceTheKeys() {
		ConsistentHashRing<String> ring = RingInvariants.check(
				ConsistentHashRing.<String>builder().virtualNodes(256).nodes(Keys.nodes(4)).node("big", 2.0).build());
		assertThat(ring.virtualNodes("big")).isEqualTo(512);
		assertThat(ring.weight("big")).isEqualTo(2.0);
		int[] counts = Keys.counts(ring, MILLION_KEYS);
		int big = ring.nodes().indexOf("big");
		double others = 0;
		for (int i = 0; i < counts.length; i++) {
			others += (i == big) ? 0 : counts[i] / 4.0;
		}
		assertThat(counts[big] / others).isBetween(1.8, 2.2);
		assertThat(ring.ownership().get("big")).isCloseTo(2.0 / 6, within(0.02));
	}

	@Test
	void fractionalWeightsRoundTheirVirtualNodesButKeepAtLeastOne() {
		ConsistentHashRing<String> ring = RingInvariants.check(ConsistentHashRing.<String>builder()
			.virtualNodes(10)
			.node("a", 0.25)
			.node("b", 0.01)
			.node("c", 1.5)
			.build());
		assertThat(ring.virtualNodes("a")).isEqualTo(3);
		assertThat(ring.virtualNodes("b")).isEqualTo(1);
		assertThat(ring.virtualNodes("c")).isEqualTo(15);
	}

}
