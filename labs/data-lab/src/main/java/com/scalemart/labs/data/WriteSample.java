package com.scalemart.labs.data;

import java.util.UUID;

/**
 * One write of the load: the entry it appended, when it was due, how long it took from
 * then, and whether it was acknowledged.
 *
 * @param entry the entry's id, unique per write
 * @param dueNanos when the pacer scheduled it, in nanoseconds after the load started
 * @param latencyNanos from its due time to its answer: waiting for a free writer counts,
 * as it would for a caller
 * @param acknowledged whether the write returned normally, having found its owner
 */
record WriteSample(UUID entry, long dueNanos, long latencyNanos, boolean acknowledged) {
}
