package com.scalemart.platform.engines;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Where a Kafka cluster can be reached.
 *
 * @param bootstrapServers comma-separated {@code host:port} list
 */
public record KafkaEndpoint(String bootstrapServers) {

	private static final String DEFAULT_FIX = "start it, or run without --external";

	private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(15);

	/**
	 * Asks the cluster to describe itself.
	 * @param timeout how long to try
	 * @throws EngineUnavailableException if no broker answers in time
	 */
	public void check(Duration timeout) {
		check(timeout, DEFAULT_FIX);
	}

	/**
	 * Asks the cluster to describe itself.
	 * @param timeout how long to try
	 * @param fix what the user should do if it fails, e.g. "start it, or unset X"
	 * @throws EngineUnavailableException if no broker answers in time
	 */
	public void check(Duration timeout, String fix) {
		try (Admin admin = admin(timeout)) {
			admin.describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException | TimeoutException | RuntimeException ex) {
			throw unavailable(ex, fix);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw unavailable(ex, fix);
		}
	}

	/**
	 * Deletes every topic whose name starts with the prefix.
	 * @param prefix a non-empty topic name prefix
	 */
	public void deleteTopics(String prefix) {
		if (prefix.isEmpty()) {
			throw new IllegalArgumentException("an empty topic prefix would match every topic: name one");
		}
		try (Admin admin = admin(ADMIN_TIMEOUT)) {
			List<String> doomed = admin.listTopics()
				.names()
				.get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
				.stream()
				.filter((name) -> name.startsWith(prefix))
				.toList();
			if (!doomed.isEmpty()) {
				admin.deleteTopics(doomed).all().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			}
		}
		catch (ExecutionException | TimeoutException | RuntimeException ex) {
			throw unavailable(ex, DEFAULT_FIX);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw unavailable(ex, DEFAULT_FIX);
		}
	}

	private Admin admin(Duration timeout) {
		int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
		return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers,
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
				millis,
				// a single try: the caller decides whether to wait longer
				AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000));
	}

	private EngineUnavailableException unavailable(Exception ex, String fix) {
		return new EngineUnavailableException("Kafka at %s is not reachable (%s): %s".formatted(this.bootstrapServers,
				EngineFailures.rootCause(ex), fix), ex);
	}

}
