package com.scalemart.labs.data;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.scalemart.labs.data.WriteTimeline.Bucket;
import com.scalemart.labs.data.WriteTimeline.Window;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WriteTimelineTests {

	private static final long SECOND = 1_000_000_000L;

	private static final long MILLI = 1_000_000L;

	@Test
	void aWriteBelongsToTheWindowItWasDueIn() {
		List<WriteSample> samples = new ArrayList<>();
		samples.add(sample(0, 2 * MILLI, true));
		samples.add(sample(SECOND - 1, 4 * MILLI, true));
		// due before the job, answered long after it started: still "before"
		samples.add(sample(SECOND - 1, 5 * SECOND, true));
		samples.add(sample(SECOND, 100 * MILLI, true));
		samples.add(sample(SECOND + 1, 3 * SECOND, false));
		WriteTimeline timeline = new WriteTimeline(samples);

		Window before = timeline.window("before", 0, SECOND);
		assertThat(before.attempted()).isEqualTo(3);
		assertThat(before.acknowledged()).isEqualTo(3);
		assertThat(before.failed()).isZero();
		assertThat(before.latency().maxMillis()).isEqualTo(5000.0);
		Window during = timeline.window("during", SECOND, 2 * SECOND);
		assertThat(during.attempted()).isEqualTo(2);
		assertThat(during.acknowledged()).isEqualTo(1);
		assertThat(during.failed()).isEqualTo(1);
		assertThat(during.latency().count()).as("failed writes have no latency here").isEqualTo(1);
		assertThat(during.latency().p50Millis()).isEqualTo(100.0);
		assertThat(timeline.window("after", 2 * SECOND, Long.MAX_VALUE).attempted()).isZero();
	}

	@Test
	void bucketsGiveRatesPerSecondAndDropTheLastPartialOne() {
		List<WriteSample> samples = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			// 10 writes in the first half second, 4 of them failed
			samples.add(sample(i * 50 * MILLI, MILLI, i >= 4));
		}
		samples.add(sample(600 * MILLI, 7 * MILLI, true));
		samples.add(sample(1200 * MILLI, MILLI, true));
		WriteTimeline timeline = new WriteTimeline(samples);

		List<Bucket> buckets = timeline.buckets(SECOND / 2, 1300 * MILLI);

		assertThat(buckets).hasSize(2);
		assertThat(buckets.get(0).acknowledgedPerSecond()).isEqualTo(12.0);
		assertThat(buckets.get(0).failedPerSecond()).isEqualTo(8.0);
		assertThat(buckets.get(0).midSeconds()).isEqualTo(0.25);
		assertThat(buckets.get(1).acknowledgedPerSecond()).isEqualTo(2.0);
		assertThat(buckets.get(1).latency().maxMillis()).isEqualTo(7.0);
	}

	@Test
	void aBucketOfNoWidthIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new WriteTimeline(List.of()).buckets(0, SECOND))
			.withMessage("a bucket is wider than 0 ns, was 0");
	}

	private static WriteSample sample(long dueNanos, long latencyNanos, boolean acknowledged) {
		return new WriteSample(UUID.randomUUID(), dueNanos, latencyNanos, acknowledged);
	}

}
