package com.scalemart.platform.data.shard;

import java.time.Duration;
import java.util.UUID;

/**
 * A write could not reach its owner in time: the owner stayed fenced longer than writers
 * wait, which happens only when the job moving it stopped mid-switch. The write was not
 * applied; the caller may retry it.
 */
public final class OwnerBusyException extends RuntimeException {

	public OwnerBusyException(UUID owner, Duration waited) {
		super("owner " + owner + " is being moved between shards; waited " + waited.toMillis() + " ms");
	}

}
