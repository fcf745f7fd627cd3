package com.scalemart.platform.data.shard;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A job that adds a shard and moves owners onto it, as stored.
 *
 * @param id the job
 * @param shardId the shard being added
 * @param phase where it is
 * @param planned owners it found to move so far
 * @param moved owners it has switched (or found gone)
 * @param verified the verification's outcome, once it ran
 * @param report what the verification found, in words
 * @param startedAt when it was started
 * @param updatedAt its last step
 * @param finishedAt when it ended
 * @param leaseOwner the process running it
 * @param leaseUntil until when that process holds it unless it renews
 */
public record ReshardingJob(long id, int shardId, Phase phase, int planned, int moved, @Nullable Boolean verified,
		@Nullable String report, Instant startedAt, Instant updatedAt, @Nullable Instant finishedAt,
		@Nullable String leaseOwner, @Nullable Instant leaseUntil) {

	/** The steps of a job, in order. */
	public enum Phase {

		/** Waits until every instance has seen the joining shard. */
		WAITING,

		/** Finds the owners whose place changes. */
		PLANNING,

		/** Copies them, then switches them one by one behind a write fence. */
		MOVING,

		/**
		 * Makes the shard active and drops the directory entries the ring now agrees
		 * with.
		 */
		ACTIVATING,

		/** Checks every owner is live on exactly one shard, the one it is routed to. */
		VERIFYING,

		/** Finished. */
		DONE,

		/** Stopped on an error that needs a look; nothing was lost. */
		FAILED;

		public boolean finished() {
			return this == DONE || this == FAILED;
		}

	}

	public boolean finished() {
		return this.phase.finished();
	}

}
