package com.scalemart.platform.data.shard;

import java.util.UUID;

/** Thrown inside a write when the owner is fenced for a move, or its row is a copy. */
final class OwnerInTransitException extends RuntimeException {

	OwnerInTransitException(UUID owner, int shardId) {
		super("owner " + owner + " is in transit on shard " + shardId, null, false, false);
	}

}
