package com.scalemart.labs.data;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.scalemart.platform.data.shard.ReshardingJob.Phase;

/**
 * The phases a resharding job went through, as seen by polling it: each change with the
 * time it was first seen. A job may pass through PLANNING and MOVING more than once (a
 * second look for owners created meanwhile), so durations are summed per phase.
 */
final class PhaseTimeline {

	/**
	 * A phase, first seen at a moment.
	 *
	 * @param atSeconds seconds after the load started
	 * @param phase the phase
	 */
	record Change(double atSeconds, Phase phase) {
	}

	private final List<Change> changes = new ArrayList<>();

	/**
	 * Records the phase seen at a moment, if it differs from the last one seen.
	 * @param atSeconds when, in seconds after the load started; not before the last
	 * observation
	 * @param phase the phase
	 * @throws IllegalArgumentException if the moment is before the last change
	 */
	synchronized void observe(double atSeconds, Phase phase) {
		if (!this.changes.isEmpty()) {
			Change last = this.changes.getLast();
			if (atSeconds < last.atSeconds()) {
				throw new IllegalArgumentException("phase seen at %.3f s, before the last change at %.3f s"
					.formatted(atSeconds, last.atSeconds()));
			}
			if (last.phase() == phase) {
				return;
			}
		}
		this.changes.add(new Change(atSeconds, phase));
	}

	synchronized List<Change> changes() {
		return List.copyOf(this.changes);
	}

	/**
	 * Time spent in each phase up to the job's end: from each change to the next, the
	 * last unfinished phase until {@code endSeconds}. The final DONE or FAILED takes no
	 * time.
	 * @param endSeconds when the job ended, in seconds after the load started
	 * @return seconds per phase, in phase order, only phases that were seen
	 */
	synchronized Map<Phase, Double> secondsPerPhase(double endSeconds) {
		Map<Phase, Double> seconds = new EnumMap<>(Phase.class);
		for (int i = 0; i < this.changes.size(); i++) {
			Change change = this.changes.get(i);
			if (change.phase().finished()) {
				continue;
			}
			double until = (i + 1 < this.changes.size()) ? this.changes.get(i + 1).atSeconds() : endSeconds;
			seconds.merge(change.phase(), Math.max(0, until - change.atSeconds()), Double::sum);
		}
		return seconds;
	}

	/**
	 * How many times the job entered a phase.
	 * @param phase the phase
	 * @return the count
	 */
	synchronized int visits(Phase phase) {
		return (int) this.changes.stream().filter((change) -> change.phase() == phase).count();
	}

}
