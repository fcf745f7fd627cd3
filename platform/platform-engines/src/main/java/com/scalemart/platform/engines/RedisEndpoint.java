package com.scalemart.platform.engines;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;

/**
 * Where a Redis server listens.
 *
 * @param host host name or address
 * @param port TCP port
 */
public record RedisEndpoint(String host, int port) {

	private static final String DEFAULT_FIX = "start it, or run without --external";

	private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(10);

	private static final int SCAN_BATCH = 500;

	/**
	 * The Redis URI of this server.
	 * @return {@code redis://host:port}
	 */
	public String uri() {
		return "redis://%s:%d".formatted(this.host, this.port);
	}

	/**
	 * Sends a PING.
	 * @param timeout how long to try
	 * @throws EngineUnavailableException if the server does not answer in time
	 */
	public void check(Duration timeout) {
		check(timeout, DEFAULT_FIX);
	}

	/**
	 * Sends a PING.
	 * @param timeout how long to try
	 * @param fix what the user should do if it fails, e.g. "start it, or unset X"
	 * @throws EngineUnavailableException if the server does not answer in time
	 */
	public void check(Duration timeout, String fix) {
		withCommands(timeout, fix, RedisCommands::ping);
	}

	/**
	 * Deletes every key that starts with the prefix, walking the key space with SCAN
	 * (never KEYS, which blocks the server) and deleting with UNLINK.
	 * @param prefix a non-empty key prefix, taken literally
	 */
	public void deleteKeys(String prefix) {
		String pattern = pattern(prefix);
		withCommands(ADMIN_TIMEOUT, DEFAULT_FIX, (commands) -> {
			ScanArgs args = ScanArgs.Builder.matches(pattern).limit(SCAN_BATCH);
			KeyScanCursor<String> cursor = commands.scan(args);
			while (true) {
				List<String> keys = cursor.getKeys();
				if (!keys.isEmpty()) {
					commands.unlink(keys.toArray(String[]::new));
				}
				if (cursor.isFinished()) {
					return null;
				}
				cursor = commands.scan(ScanCursor.of(cursor.getCursor()), args);
			}
		});
	}

	/**
	 * Counts the keys that start with the prefix, with SCAN.
	 * @param prefix a non-empty key prefix, taken literally
	 * @return the number of keys
	 */
	public long countKeys(String prefix) {
		String pattern = pattern(prefix);
		return withCommands(ADMIN_TIMEOUT, DEFAULT_FIX, (commands) -> {
			ScanArgs args = ScanArgs.Builder.matches(pattern).limit(SCAN_BATCH);
			KeyScanCursor<String> cursor = commands.scan(args);
			long count = cursor.getKeys().size();
			while (!cursor.isFinished()) {
				cursor = commands.scan(ScanCursor.of(cursor.getCursor()), args);
				count += cursor.getKeys().size();
			}
			return count;
		});
	}

	/**
	 * Runs commands on a short-lived connection, for tests and tools; applications use
	 * their own client.
	 * @param <T> the result type
	 * @param timeout connect and command timeout
	 * @param fix what the user should do if the server is not reachable
	 * @param work what to do
	 * @return what {@code work} returned
	 */
	public <T> T withCommands(Duration timeout, String fix, Function<RedisCommands<String, String>, T> work) {
		RedisURI uri = RedisURI.builder().withHost(this.host).withPort(this.port).withTimeout(timeout).build();
		RedisClient client = RedisClient.create(uri);
		client.setOptions(ClientOptions.builder()
			.autoReconnect(false)
			.socketOptions(SocketOptions.builder().connectTimeout(timeout).build())
			.build());
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			return work.apply(connection.sync());
		}
		catch (RedisConnectionException | RedisCommandTimeoutException ex) {
			throw new EngineUnavailableException("Redis at %s:%d is not reachable (%s): %s".formatted(this.host,
					this.port, EngineFailures.rootCause(ex), fix), ex);
		}
		finally {
			client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
		}
	}

	private static String pattern(String prefix) {
		if (prefix.isEmpty()) {
			throw new IllegalArgumentException("an empty key prefix would match every key: name one");
		}
		// SCAN MATCH is a glob: escape its special characters so the prefix is literal
		return prefix.replaceAll("([\\\\*?\\[\\]])", "\\\\$1") + "*";
	}

}
