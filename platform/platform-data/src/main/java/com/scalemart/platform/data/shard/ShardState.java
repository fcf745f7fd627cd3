package com.scalemart.platform.data.shard;

/** Where a shard is in its life. */
public enum ShardState {

	/** Placed on by the ring. */
	ACTIVE,

	/**
	 * Being filled by a resharding job: owners reach it only through the directory until
	 * the job makes it active.
	 */
	JOINING

}
