package com.scalemart.platform.sharding;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The ring's points: sorted positions and, at the same index, the member that owns each.
 * <p>
 * Positions depend only on member ids and virtual node counts, and members are indexed in
 * id order, so the same members give the same arrays whatever order they were added in.
 * Two points at the same position (a 2^-64 event per pair, but possible) are ordered by
 * owner index; lookups take the first, so the outcome is still deterministic.
 *
 * @param positions point positions, ascending as signed longs
 * @param owners for each position, the index of its member
 */
record RingLayout(long[] positions, int[] owners) {

	/** At most this many points in a ring: 2^24 points take 192 MiB. */
	static final int MAX_POINTS = 1 << 24;

	/**
	 * Lays out the members' points.
	 * @param members the members, sorted by id
	 * @return the layout
	 */
	static RingLayout of(List<? extends Member<?>> members) {
		long total = members.stream().mapToLong(Member::virtualNodes).sum();
		Checks.requireArgument(total <= MAX_POINTS, "the ring would have %d points; at most %d are allowed", total,
				MAX_POINTS);
		long[] unsortedPositions = new long[(int) total];
		int[] unsortedOwners = new int[(int) total];
		int point = 0;
		for (int owner = 0; owner < members.size(); owner++) {
			Member<?> member = members.get(owner);
			for (int index = 0; index < member.virtualNodes(); index++) {
				unsortedPositions[point] = KeyHash.virtualNode(member.id(), index);
				unsortedOwners[point] = owner;
				point++;
			}
		}
		// built once per node-set change, so boxed indices are fine here; lookups never
		// box
		Integer[] order = new Integer[point];
		Arrays.setAll(order, (i) -> i);
		Arrays.sort(order, Comparator.<Integer>comparingLong((i) -> unsortedPositions[i])
			.thenComparingInt((i) -> unsortedOwners[i]));
		long[] positions = new long[point];
		int[] owners = new int[point];
		for (int i = 0; i < point; i++) {
			positions[i] = unsortedPositions[order[i]];
			owners[i] = unsortedOwners[order[i]];
		}
		return new RingLayout(positions, owners);
	}

	/**
	 * The index of the point that owns a hash: the first point at or after it, wrapping
	 * to the first point past the end. A hand-written lower bound, because
	 * {@link Arrays#binarySearch(long[], long)} returns any one of equal elements.
	 * @param hash the key's hash
	 * @return a point index
	 */
	int indexFor(long hash) {
		long[] points = this.positions;
		int low = 0;
		int high = points.length;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (points[mid] < hash) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return (low == points.length) ? 0 : low;
	}

	/**
	 * Each member's share of the hash space: a point owns the arc from the point before
	 * it (exclusive) to itself (inclusive), measured modulo 2^64.
	 * @param memberCount how many members there are
	 * @return shares indexed like the members, summing to 1
	 */
	double[] shares(int memberCount) {
		double[] arcs = new double[memberCount];
		int last = this.positions.length - 1;
		for (int i = 0; i <= last; i++) {
			long previous = this.positions[(i == 0) ? last : i - 1];
			long arc = this.positions[i] - previous;
			boolean wholeRing = (arc == 0) && (last == 0);
			arcs[this.owners[i]] += wholeRing ? 0x1p64 : unsigned(arc);
		}
		for (int i = 0; i < memberCount; i++) {
			arcs[i] /= 0x1p64;
		}
		return arcs;
	}

	int size() {
		return this.positions.length;
	}

	private static double unsigned(long value) {
		return (value >= 0) ? value : value + 0x1p64;
	}

}
