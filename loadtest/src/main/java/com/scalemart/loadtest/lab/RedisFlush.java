package com.scalemart.loadtest.lab;

import java.time.Duration;
import java.util.List;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;

/**
 * Deletes the lab's keys (and only those: SCAN with its prefix, never FLUSHDB) so that
 * every run starts from an empty L2.
 */
final class RedisFlush {

	private RedisFlush() {
	}

	/**
	 * @return how many keys were deleted
	 */
	static long deleteKeys(String host, int port, String prefix) {
		RedisClient client = RedisClient
			.create(RedisURI.builder().withHost(host).withPort(port).withTimeout(Duration.ofSeconds(5)).build());
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			RedisCommands<String, String> redis = connection.sync();
			long deleted = 0;
			ScanCursor cursor = ScanCursor.INITIAL;
			do {
				KeyScanCursor<String> page = redis.scan(cursor, ScanArgs.Builder.matches(prefix + "*").limit(1000));
				List<String> keys = page.getKeys();
				if (!keys.isEmpty()) {
					deleted += redis.del(keys.toArray(String[]::new));
				}
				cursor = page;
			}
			while (!cursor.isFinished());
			return deleted;
		}
		finally {
			client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
		}
	}

}
