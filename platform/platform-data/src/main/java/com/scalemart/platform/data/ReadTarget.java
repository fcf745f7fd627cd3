package com.scalemart.platform.data;

import java.util.Locale;

/**
 * Where a read-only transaction went and why, as the {@code target} and {@code reason}
 * tags of {@code scalemart_replication_reads_total}.
 */
enum ReadTarget {

	/** The replica was up, close enough, and had the reader's last write. */
	REPLICA_IN_SYNC("replica", "in-sync"),

	/** The replica did not answer. */
	PRIMARY_REPLICA_DOWN("primary", "replica-down"),

	/** The replica was further behind than the maximum lag. */
	PRIMARY_REPLICA_LAGGING("primary", "replica-lagging"),

	/** The replica had not applied the reader's own last write yet. */
	PRIMARY_OWN_WRITE("primary", "read-your-writes"),

	/** The read failed on the replica and was run again on the primary. */
	PRIMARY_RETRY("primary", "retry");

	private final String target;

	private final String reason;

	ReadTarget(String target, String reason) {
		this.target = target;
		this.reason = reason;
	}

	String target() {
		return this.target;
	}

	String reason() {
		return this.reason;
	}

	@Override
	public String toString() {
		return this.name().toLowerCase(Locale.ROOT);
	}

}
