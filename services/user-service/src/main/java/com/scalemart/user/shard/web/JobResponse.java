package com.scalemart.user.shard.web;

import java.time.Instant;

import com.scalemart.platform.data.shard.FenceTimes;
import com.scalemart.platform.data.shard.ReshardingJob;
import org.jspecify.annotations.Nullable;

/** A resharding job's progress. */
record JobResponse(long id, int shard, String phase, int planned, int moved, double percentMoved,
		@Nullable Boolean verified, @Nullable String report, Instant startedAt, @Nullable Instant finishedAt,
		@Nullable String runningOn, Fence fence) {

	/** How long users were fenced while they were switched, in milliseconds. */
	record Fence(int users, double p50, double p99, double max) {
	}

	static JobResponse of(ReshardingJob job, FenceTimes fence) {
		double percent = (job.planned() == 0) ? (job.finished() ? 100 : 0)
				: Math.floor(1000.0 * job.moved() / job.planned()) / 10;
		return new JobResponse(job.id(), job.shardId(), job.phase().name(), job.planned(), job.moved(), percent,
				job.verified(), job.report(), job.startedAt(), job.finishedAt(), job.leaseOwner(),
				new Fence(fence.owners(), fence.p50Millis(), fence.p99Millis(), fence.maxMillis()));
	}

}
