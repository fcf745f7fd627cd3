package com.scalemart.platform.data.shard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs one query on every shard at once and gathers what comes back in time. A shard that
 * fails or does not answer within the timeout is reported, not waited for: the caller
 * gets the other shards' rows and says the answer is partial. The query also carries the
 * timeout to the server, so a slow shard stops working on it.
 */
public final class ScatterGather implements AutoCloseable {

	/**
	 * The rows of the shards that answered, and the shards that did not.
	 *
	 * @param <T> a row
	 * @param rows by shard id, in shard order
	 * @param failures why a shard is missing, by shard id
	 */
	public record Result<T>(Map<Integer, List<T>> rows, Map<Integer, String> failures) {

		public boolean partial() {
			return !this.failures.isEmpty();
		}

		public List<T> all() {
			return this.rows.values().stream().flatMap(List::stream).toList();
		}

	}

	private final ShardRegistry registry;

	private final Duration timeout;

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	private final Counter shardFailures;

	/**
	 * @param registry the shards
	 * @param timeout how long each shard has
	 * @param meters where unanswered shards are counted
	 */
	public ScatterGather(ShardRegistry registry, Duration timeout, MeterRegistry meters) {
		this.registry = registry;
		this.timeout = timeout;
		this.shardFailures = Counter.builder("scalemart.shard.scatter.failures")
			.description("Shards that failed or timed out in a cross-shard query")
			.register(meters);
	}

	/**
	 * Queries every shard, active and joining; the query must skip rows in transit so
	 * that an owner being moved is counted once.
	 * @param <T> a row
	 * @param query the query, given a shard's statements
	 * @return the rows and the failures
	 */
	public <T> Result<T> query(Function<JdbcClient, List<T>> query) {
		Map<Integer, CompletableFuture<List<T>>> calls = new LinkedHashMap<>();
		int seconds = (int) Math.max(1, (this.timeout.toMillis() + 999) / 1000);
		for (Shard shard : this.registry.layout().shards().values()) {
			calls.put(shard.id(), CompletableFuture.supplyAsync(() -> {
				JdbcTemplate template = new JdbcTemplate(this.registry.database(shard.id()).dataSource());
				template.setQueryTimeout(seconds);
				return query.apply(JdbcClient.create(template));
			}, this.executor));
		}
		long deadline = System.nanoTime() + this.timeout.toNanos();
		Map<Integer, List<T>> rows = new LinkedHashMap<>();
		Map<Integer, String> failures = new LinkedHashMap<>();
		calls.forEach((shardId, call) -> {
			try {
				rows.put(shardId,
						new ArrayList<>(call.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)));
			}
			catch (TimeoutException ex) {
				call.cancel(true);
				failures.put(shardId, "no answer within " + this.timeout.toMillis() + " ms");
			}
			catch (ExecutionException ex) {
				failures.put(shardId, describe(ex.getCause()));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				failures.put(shardId, "interrupted");
			}
		});
		this.shardFailures.increment(failures.size());
		return new Result<>(rows, failures);
	}

	private static String describe(Throwable failure) {
		Throwable root = NestedExceptionUtils.getMostSpecificCause(failure);
		String message = root.getMessage();
		return root.getClass().getSimpleName()
				+ ((message != null) ? ": " + message.lines().findFirst().orElse("") : "");
	}

	@Override
	public void close() {
		this.executor.shutdownNow();
	}

}
