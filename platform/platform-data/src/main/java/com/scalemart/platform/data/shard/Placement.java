package com.scalemart.platform.data.shard;

/** Why an owner is listed in the directory instead of being where the ring puts it. */
public enum Placement {

	/** Placed by an operator, e.g. a hot owner on a shard of its own; jobs leave it. */
	PINNED,

	/** Placed by a resharding job while the ring does not agree yet. */
	MOVED

}
