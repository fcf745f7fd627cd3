package com.scalemart.labs.data;

/**
 * When each write of an open-loop load is due: ticket {@code n} at {@code n / rate}
 * seconds after the start. Every due time is computed from the start, not by adding up
 * intervals, so rounding never drifts, and a writer that falls behind finds its next
 * tickets already due instead of the load slowing down with it.
 */
final class Pacer {

	private static final long NANOS_PER_SECOND = 1_000_000_000L;

	private final long perSecond;

	/**
	 * @param perSecond tickets per second
	 * @throws IllegalArgumentException if the rate is not positive
	 */
	Pacer(int perSecond) {
		if (perSecond < 1) {
			throw new IllegalArgumentException("a write rate is at least 1 per second, was " + perSecond);
		}
		this.perSecond = perSecond;
	}

	/**
	 * When a ticket is due.
	 * @param ticket the ticket, from 0
	 * @return nanoseconds after the start, rounded down
	 */
	long dueNanos(long ticket) {
		return ticket * NANOS_PER_SECOND / this.perSecond;
	}

	/**
	 * How many tickets are due at or before a moment: the first ticket not issued when
	 * the load stops then.
	 * @param elapsedNanos nanoseconds after the start
	 * @return the number of tickets whose due time is at most that
	 */
	long ticketsDueBy(long elapsedNanos) {
		if (elapsedNanos < 0) {
			return 0;
		}
		// dueNanos(n) <= e exactly when n * 1e9 < (e + 1) * rate
		return ((elapsedNanos + 1) * this.perSecond + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND;
	}

}
