package com.scalemart.platform.engines;

import org.jspecify.annotations.Nullable;

/**
 * What {@code SHOW SLAVE STATUS} says about a replica.
 *
 * @param configured whether replication is set up at all (the statement returned a row)
 * @param ioRunning whether the I/O thread, which copies the primary's binary log, runs
 * @param sqlRunning whether the SQL thread, which applies it, runs
 * @param secondsBehind the server's own lag estimate, {@code null} when a thread is
 * stopped
 * @param gtidSlavePos the GTID position the replica has applied
 * @param lastError the last I/O or SQL error, empty if none
 */
public record ReplicaStatus(boolean configured, boolean ioRunning, boolean sqlRunning, @Nullable Long secondsBehind,
		String gtidSlavePos, String lastError) {

	static final ReplicaStatus NOT_CONFIGURED = new ReplicaStatus(false, false, false, null, "", "");

	/**
	 * Whether both threads run.
	 * @return {@code true} if the replica is replicating
	 */
	public boolean running() {
		return this.ioRunning && this.sqlRunning;
	}

}
