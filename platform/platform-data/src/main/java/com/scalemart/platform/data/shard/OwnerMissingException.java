package com.scalemart.platform.data.shard;

import java.util.UUID;

/** Thrown inside a write when the owner's row is not on the shard the write went to. */
final class OwnerMissingException extends RuntimeException {

	OwnerMissingException(UUID owner, int shardId) {
		super("owner " + owner + " is not on shard " + shardId, null, false, false);
	}

}
