package com.scalemart.user.shard;

import com.scalemart.platform.data.shard.ShardRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance's shard set current: one read of its version per interval. A
 * resharding job waits longer than this interval before it relies on every instance
 * knowing a change.
 */
@Component
class ShardSetRefresher {

	private static final Logger log = LoggerFactory.getLogger(ShardSetRefresher.class);

	private final ShardRegistry registry;

	ShardSetRefresher(ShardRegistry registry) {
		this.registry = registry;
	}

	@Scheduled(fixedDelayString = "${scalemart.user.shards.refresh-interval:1s}")
	void refresh() {
		try {
			this.registry.refresh();
		}
		catch (DataAccessException ex) {
			// the directory is down: keep the shard set we have; requests will say so
			log.warn("Could not read the shard set: {}", ex.getMessage());
		}
	}

}
