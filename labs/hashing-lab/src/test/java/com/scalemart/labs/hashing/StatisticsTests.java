package com.scalemart.labs.hashing;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.scalemart.platform.sharding.ModuloHash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class StatisticsTests {

	@Test
	void summarizesKeysPerNode() {
		// mean 25, deviations -15 -5 5 15: variance (225 + 25 + 25 + 225) / 4 = 125
		Distribution distribution = Distribution.of(new int[] { 10, 20, 30, 40 });
		assertThat(distribution.maxOverMean()).isEqualTo(1.6);
		assertThat(distribution.minOverMean()).isEqualTo(0.4);
		assertThat(distribution.stdDevOverMean()).isCloseTo(Math.sqrt(125) / 25, within(1e-12));
	}

	@Test
	void aPerfectSpreadIsOneAndZero() {
		Distribution distribution = Distribution.of(new int[] { 7, 7, 7 });
		assertThat(distribution.maxOverMean()).isEqualTo(1.0);
		assertThat(distribution.stdDevOverMean()).isZero();
	}

	@Test
	void refusesToSummarizeNothing() {
		assertThatIllegalArgumentException().isThrownBy(() -> Distribution.of(new int[0]))
			.withMessage("no nodes to summarize");
		assertThatIllegalArgumentException().isThrownBy(() -> Distribution.of(new int[] { 0, 0 }))
			.withMessage("no keys to summarize");
	}

	@Test
	void countsKeysPerNodeAndKeysThatMoved() {
		// with hashes 0..5, mod 2 gives a b a b a b and mod 3 gives a b c a b c
		long[] hashes = { 0, 1, 2, 3, 4, 5 };
		Assignment two = Assignment.of(ModuloHash.of(List.of("a", "b")), hashes);
		Assignment three = Assignment.of(ModuloHash.of(List.of("a", "b", "c")), hashes);
		assertThat(two.counts()).containsExactly(3, 3);
		assertThat(three.counts()).containsExactly(2, 2, 2);
		// keys 0, 1 stay; 2 (a to c), 3 (b to a), 4 (a to b), 5 (b to c) move
		assertThat(two.movedFraction(three)).isCloseTo(4 / 6.0, within(1e-12));
		assertThat(three.movedFraction(two)).isCloseTo(4 / 6.0, within(1e-12));
		assertThat(two.movedFraction(two)).isZero();
	}

	@Test
	void comparesNodesByNameNotByPosition() {
		// the same nodes listed in another order are the same assignment
		long[] hashes = { 0, 1, 2, 3 };
		Assignment ab = Assignment.of(ModuloHash.of(List.of("a", "b")), hashes);
		Assignment ba = Assignment.of(ModuloHash.of(List.of("b", "a")), hashes);
		assertThat(ab.movedFraction(ba)).isEqualTo(1.0);
		assertThat(ab.movedFraction(new Assignment(List.of("b", "a"), new int[] { 1, 0, 1, 0 }))).isZero();
	}

	@Test
	void refusesToCompareAssignmentsOfDifferentKeys() {
		Assignment two = new Assignment(List.of("a"), new int[] { 0, 0 });
		Assignment three = new Assignment(List.of("a"), new int[] { 0, 0, 0 });
		assertThatIllegalArgumentException().isThrownBy(() -> two.movedFraction(three))
			.withMessage("assignments of 2 and 3 keys cannot be compared");
	}

	@Test
	void theIdealMovementIsTheNewcomersOrTheLeaversShare() {
		Result result = new Result(Algorithm.jump(), 4, Distribution.of(new int[] { 1 }), 0.2, 0.25,
				new Throughput(1, 1));
		assertThat(result.idealAdd()).isEqualTo(0.2);
		assertThat(result.idealRemove()).isEqualTo(0.25);
	}

	@Test
	void userIdsAreSeededVersionFourUuidsWithTheirHashes() {
		UserIds ids = UserIds.generate(1000, 9);
		assertThat(ids.ids()).allSatisfy((id) -> {
			assertThat(id.version()).isEqualTo(4);
			assertThat(id.variant()).isEqualTo(2);
		});
		assertThat(ids.ids()).doesNotHaveDuplicates();
		assertThat(UserIds.generate(1000, 9).hashes()).containsExactly(ids.hashes());
		assertThat(UserIds.generate(1000, 10).hashes()).isNotEqualTo(ids.hashes());
		assertThat(ids.hashes()[0]).isEqualTo(com.scalemart.platform.sharding.KeyHash.of(ids.ids()[0]));
	}

}
