package com.scalemart.platform.sharding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RingLayoutTests {

	private final RingLayout layout = new RingLayout(new long[] { -10, 0, 10 }, new int[] { 0, 1, 2 });

	@Test
	void aHashBelongsToTheFirstPointAtOrAfterIt() {
		assertThat(this.layout.indexFor(-11)).isZero();
		assertThat(this.layout.indexFor(-10)).isZero();
		assertThat(this.layout.indexFor(-9)).isEqualTo(1);
		assertThat(this.layout.indexFor(0)).isEqualTo(1);
		assertThat(this.layout.indexFor(1)).isEqualTo(2);
		assertThat(this.layout.indexFor(10)).isEqualTo(2);
	}

	@Test
	void hashesPastTheLastPointWrapToTheFirst() {
		assertThat(this.layout.indexFor(11)).isZero();
		assertThat(this.layout.indexFor(Long.MAX_VALUE)).isZero();
		assertThat(this.layout.indexFor(Long.MIN_VALUE)).isZero();
	}

	@Test
	void ofEqualPositionsTheFirstOneOwnsTheHash() {
		RingLayout tied = new RingLayout(new long[] { 5, 5, 5, 9 }, new int[] { 0, 1, 2, 1 });
		assertThat(tied.indexFor(5)).isZero();
		assertThat(tied.indexFor(4)).isZero();
		assertThat(tied.indexFor(6)).isEqualTo(3);
		// the tied points after the first own empty arcs
		double[] shares = tied.shares(3);
		assertThat(shares[2]).isZero();
		assertThat(shares[1]).isCloseTo(4 / 0x1p64, within(1e-30));
	}

	@Test
	void aPointOwnsTheArcFromThePreviousPointIncludingTheWrap() {
		double[] shares = this.layout.shares(3);
		assertThat(shares[1]).isCloseTo(10 / 0x1p64, within(1e-30));
		assertThat(shares[2]).isCloseTo(10 / 0x1p64, within(1e-30));
		assertThat(shares[0]).isCloseTo(1 - 20 / 0x1p64, within(1e-15));
	}

	@Test
	void aSinglePointOwnsTheWholeRing() {
		assertThat(new RingLayout(new long[] { 123 }, new int[] { 0 }).shares(1)).containsExactly(1.0);
	}

	@Test
	void arcsAcrossTheSignBoundaryAreMeasuredUnsigned() {
		RingLayout halves = new RingLayout(new long[] { Long.MIN_VALUE, 0 }, new int[] { 0, 1 });
		assertThat(halves.shares(2)).containsExactly(0.5, 0.5);
	}

}
