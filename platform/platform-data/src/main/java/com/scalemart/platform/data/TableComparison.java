package com.scalemart.platform.data;

import org.jspecify.annotations.Nullable;

/**
 * One table on both servers.
 *
 * @param table the table name
 * @param primaryRows rows on the primary
 * @param replicaRows rows on the replica, {@code null} if the table is missing there
 * @param primaryChecksum {@code CHECKSUM TABLE} on the primary
 * @param replicaChecksum {@code CHECKSUM TABLE} on the replica, {@code null} if missing
 */
public record TableComparison(String table, long primaryRows, @Nullable Long replicaRows, long primaryChecksum,
		@Nullable Long replicaChecksum) {

	/**
	 * Whether both servers hold the same rows.
	 * @return {@code true} if the counts and checksums match
	 */
	public boolean equal() {
		return replicaRows != null && replicaChecksum != null && this.primaryRows == this.replicaRows
				&& this.primaryChecksum == this.replicaChecksum;
	}

}
