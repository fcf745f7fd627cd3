package com.scalemart.platform.sharding;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What must hold for every ring, checked after the tests build one.
 */
final class RingInvariants {

	private RingInvariants() {
	}

	static <N> ConsistentHashRing<N> check(ConsistentHashRing<N> ring) {
		RingLayout layout = ring.layout();
		long[] positions = layout.positions();
		int[] owners = layout.owners();
		assertThat(owners).hasSameSizeAs(positions);
		for (int i = 1; i < positions.length; i++) {
			assertThat(positions[i]).as("positions ascend").isGreaterThanOrEqualTo(positions[i - 1]);
		}
		List<N> nodes = ring.nodes();
		int[] points = new int[nodes.size()];
		for (int owner : owners) {
			points[owner]++;
		}
		for (int i = 0; i < nodes.size(); i++) {
			assertThat(points[i]).as("points of %s", nodes.get(i)).isEqualTo(ring.virtualNodes(nodes.get(i)));
			assertThat(points[i]).isPositive();
		}
		assertThat(nodes).extracting(String::valueOf).isSorted();
		double total = ring.ownership().values().stream().mapToDouble(Double::doubleValue).sum();
		assertThat(total).as("shares sum to one").isCloseTo(1.0, within(1e-9));
		return ring;
	}

}
