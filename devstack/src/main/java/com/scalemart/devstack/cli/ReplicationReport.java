package com.scalemart.devstack.cli;

import com.scalemart.platform.engines.EngineUnavailableException;
import com.scalemart.platform.engines.MariaDbEndpoint;
import com.scalemart.platform.engines.MariaDbReplication;
import com.scalemart.platform.engines.ReplicaStatus;
import org.jspecify.annotations.Nullable;

/**
 * One line on MariaDB's replica for {@code status}: whether both replication threads run,
 * the server's {@code Seconds_Behind_Master}, and the GTID position it applied next to
 * the one the primary logged last, which shows a lag also while the replica is idle.
 *
 * @param replicating whether both threads run
 * @param text the line
 */
record ReplicationReport(boolean replicating, String text) {

	static ReplicationReport of(MariaDbEndpoint replica, @Nullable MariaDbEndpoint primary) {
		String name = "Replication: MariaDB replica " + replica.host() + ":" + replica.port();
		ReplicaStatus status;
		try {
			status = MariaDbReplication.statusOf(replica);
		}
		catch (EngineUnavailableException ex) {
			return new ReplicationReport(false, name + " does not answer: " + ex.getMessage());
		}
		if (!status.configured()) {
			return new ReplicationReport(false, name + " replicates from nothing (SHOW SLAVE STATUS is empty)");
		}
		String threads = status.running() ? "replicating"
				: "not replicating (I/O thread " + (status.ioRunning() ? "running" : "stopped") + ", SQL thread "
						+ (status.sqlRunning() ? "running" : "stopped") + ")";
		String behind = (status.secondsBehind() != null) ? status.secondsBehind().toString() : "NULL";
		StringBuilder text = new StringBuilder(name);
		if (primary != null) {
			text.append(" of ").append(primary.host()).append(':').append(primary.port());
		}
		text.append(": ").append(threads).append(", Seconds_Behind_Master ").append(behind);
		text.append(", applied GTID '").append(status.gtidSlavePos()).append('\'');
		if (primary != null) {
			text.append(", primary at '").append(primaryPosition(primary)).append('\'');
		}
		if (!status.lastError().isEmpty()) {
			text.append(", last error: ").append(status.lastError());
		}
		return new ReplicationReport(status.running(), text.toString());
	}

	private static String primaryPosition(MariaDbEndpoint primary) {
		try {
			return MariaDbReplication.binlogPosition(primary);
		}
		catch (EngineUnavailableException ex) {
			return "unknown: the primary does not answer";
		}
	}

}
