package com.scalemart.labs.hashing;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExperimentTests {

	private static final UserIds KEYS = UserIds.generate(100_000, 1);

	@Test
	void runsEveryAlgorithmAtEveryNodeCount() {
		List<Result> results = new Experiment(KEYS, List.of(4, 8), Experiment.algorithms(List.of(1, 64)), false)
			.run((result) -> {
			});
		assertThat(results).extracting((result) -> result.algorithm().name() + "/" + result.nodes())
			.containsExactly("ring, 1 vnodes/4", "ring, 1 vnodes/8", "ring, 64 vnodes/4", "ring, 64 vnodes/8", "jump/4",
					"jump/8", "modulo/4", "modulo/8");
		assertThat(results).allSatisfy((result) -> assertThat(result.throughput().uuidLookupsPerSecond()).isNaN());
	}

	@Test
	void consistentSchemesMoveAboutTheIdealAndModuloMovesMost() {
		List<Result> results = new Experiment(KEYS, List.of(8),
				List.of(Algorithm.ring(1024), Algorithm.jump(), Algorithm.modulo()), false)
			.run((result) -> {
			});
		Result ring = results.get(0);
		Result jump = results.get(1);
		Result modulo = results.get(2);
		assertThat(ring.movedOnAdd() / ring.idealAdd()).isBetween(0.85, 1.15);
		assertThat(ring.movedOnRemove() / ring.idealRemove()).isBetween(0.85, 1.15);
		assertThat(jump.movedOnAdd() / jump.idealAdd()).isBetween(0.97, 1.03);
		assertThat(jump.movedOnRemove() / jump.idealRemove()).isBetween(0.97, 1.03);
		assertThat(modulo.movedOnAdd()).isBetween(0.87, 0.91);
		// 12,500 keys a node: one standard deviation is 0.9%
		assertThat(modulo.distribution().maxOverMean()).isLessThan(1.03);
		assertThat(ring.distribution().maxOverMean()).isLessThan(1.1);
	}

	@Test
	void aSingleNodeHasNothingToRemove() {
		Result result = new Experiment(KEYS, List.of(1), List.of(Algorithm.ring(4)), false).run((r) -> {
		}).get(0);
		assertThat(result.movedOnRemove()).isNaN();
		assertThat(result.distribution().maxOverMean()).isEqualTo(1.0);
		assertThat(result.movedOnAdd()).isGreaterThan(0);
	}

	@Test
	void measuresARoughThroughputWhenAsked() {
		Throughput throughput = Throughput.measure(Algorithm.jump().create().apply(List.of("a", "b")),
				UserIds.generate(10_000, 2));
		assertThat(throughput.uuidLookupsPerSecond()).isPositive().isFinite();
		assertThat(throughput.hashLookupsPerSecond()).isPositive().isFinite();
	}

}
