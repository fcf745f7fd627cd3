package com.scalemart.labs.replication;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

import javax.sql.DataSource;

import com.scalemart.labs.support.Machine;
import com.scalemart.platform.data.ReadYourWrites;
import com.scalemart.platform.data.ReplicaProperties;
import com.scalemart.platform.data.ReplicaState;
import com.scalemart.platform.data.ReplicatedDataSource;
import com.scalemart.platform.engines.MariaDbEndpoint;
import com.scalemart.platform.engines.MariaDbReplication;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts an embedded primary and replica, writes at each rate for a while and samples the
 * lag gauge ten times a second; then has one writer read back each of its writes at once,
 * with and without the read-your-writes guard, under a background write load.
 * <p>
 * Arguments: seconds per rate (20), rates in writes/s (200,500,1000), read-backs (500),
 * output directory (docs/results).
 */
public final class ReplicationLab {

	private static final int ROWS = 1000;

	private static final int WRITERS = 8;

	private static final Duration SAMPLE_EVERY = Duration.ofMillis(100);

	private ReplicationLab() {
	}

	public static void main(String[] args) throws Exception {
		int seconds = (args.length > 0) ? Integer.parseInt(args[0]) : 20;
		int[] rates = (args.length > 1) ? Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray()
				: new int[] { 200, 500, 1000 };
		int readBacks = (args.length > 2) ? Integer.parseInt(args[2]) : 500;
		Path output = Path.of((args.length > 3) ? args[3] : "docs/results");
		Path base = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "replication-lab-");
		Measurements measured = measure(base, seconds, rates, readBacks, System.out::println);
		new Report(measured.rates(), measured.stale(), seconds, Machine.current(), String.join(" ", args))
			.write(output);
	}

	/**
	 * Starts an embedded primary and replica in {@code base}, measures the lag at each
	 * rate and the stale reads, and stops both servers. The data lab runs it too.
	 * @param base where the two servers live; left in place
	 * @param seconds seconds of writes per rate
	 * @param rates writes per second to try, in order
	 * @param readBacks read-backs with and without the guard
	 * @param progress told each result as it is measured
	 * @return what was measured
	 * @throws Exception if a server does not start or stop, or a measurement fails
	 */
	public static Measurements measure(Path base, int seconds, int[] rates, int readBacks, Consumer<String> progress)
			throws Exception {
		try (MariaDbReplication replication = MariaDbReplication.start(base)) {
			replication.primary().createDatabase("lab");
			try (ReplicatedDataSource data = ReplicatedDataSource.start(pool(replication.primary(), "primary"),
					pool(replication.replica(), "replica"), ReplicaProperties.defaults(), new SimpleMeterRegistry())) {
				JdbcClient jdbc = JdbcClient.create(data.dataSource());
				jdbc.sql("CREATE TABLE counter (id INT PRIMARY KEY, n BIGINT NOT NULL)").update();
				for (int id = 1; id <= ROWS; id++) {
					jdbc.sql("INSERT INTO counter VALUES (?, 0)").param(id).update();
				}
				replication.awaitReplicaCaughtUp(Duration.ofSeconds(30));
				List<RateResult> results = new ArrayList<>();
				for (int rate : rates) {
					results.add(burst(jdbc, data, rate, Duration.ofSeconds(seconds)));
					progress.accept(results.get(results.size() - 1).toString());
				}
				StaleReads stale = staleReads(data, readBacks);
				progress.accept(stale.toString());
				return new Measurements(results, stale);
			}
		}
	}

	/** Writes at the rate for the duration while sampling the lag gauge. */
	static RateResult burst(JdbcClient jdbc, ReplicatedDataSource data, int rate, Duration duration)
			throws InterruptedException {
		BlockingQueue<Integer> tickets = new ArrayBlockingQueue<>(rate * 2);
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicLong written = new AtomicLong();
		AtomicLong dropped = new AtomicLong();
		ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
		for (int i = 0; i < WRITERS; i++) {
			writers.submit(() -> {
				while (running.get() || !tickets.isEmpty()) {
					Integer id = tickets.poll(50, TimeUnit.MILLISECONDS);
					if (id != null) {
						jdbc.sql("UPDATE counter SET n = n + 1 WHERE id = ?").param(id).update();
						written.incrementAndGet();
					}
				}
				return null;
			});
		}
		List<Double> lags = new ArrayList<>();
		List<Double> times = new ArrayList<>();
		long updates = 0;
		ReplicaState last = null;
		long start = System.nanoTime();
		long end = start + duration.toNanos();
		long nextTicket = start;
		long nextSample = start;
		long interval = 1_000_000_000L / rate;
		while (System.nanoTime() < end) {
			long now = System.nanoTime();
			while (nextTicket <= now) {
				if (!tickets.offer(ThreadLocalRandom.current().nextInt(1, ROWS + 1))) {
					dropped.incrementAndGet();
				}
				nextTicket += interval;
			}
			if (nextSample <= now) {
				ReplicaState state = data.monitor().state();
				lags.add(state.lagSeconds());
				times.add((now - start) / 1e9);
				if (last == null || !state.checkedAt().equals(last.checkedAt())) {
					updates++;
				}
				last = state;
				nextSample += SAMPLE_EVERY.toNanos();
			}
			LockSupport.parkNanos(Math.max(0, Math.min(nextTicket, nextSample) - System.nanoTime()));
		}
		running.set(false);
		writers.shutdown();
		writers.awaitTermination(30, TimeUnit.SECONDS);
		double elapsed = (System.nanoTime() - start) / 1e9;
		double[] values = lags.stream().mapToDouble(Double::doubleValue).filter((v) -> !Double.isNaN(v)).toArray();
		return new RateResult(rate, written.get() / elapsed, dropped.get(), LagStats.of(values),
				updates / duration.toSeconds(), times, lags);
	}

	/**
	 * One writer increments a row and reads it back at once, {@code count} times with the
	 * guard and as many without, while other writers keep the replica busy.
	 */
	static StaleReads staleReads(ReplicatedDataSource data, int count) throws InterruptedException {
		DataSource dataSource = data.dataSource();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		TransactionTemplate readOnly = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		readOnly.setReadOnly(true);
		AtomicBoolean running = new AtomicBoolean(true);
		ExecutorService background = Executors.newFixedThreadPool(2);
		for (int i = 0; i < 2; i++) {
			background.submit(() -> {
				while (running.get()) {
					jdbc.sql("UPDATE counter SET n = n + 1 WHERE id = ?")
						.param(ThreadLocalRandom.current().nextInt(2, ROWS + 1))
						.update();
				}
				return null;
			});
		}
		try {
			ReadYourWrites guard = data.readYourWrites();
			long unguarded = 0;
			long guarded = 0;
			for (int i = 0; i < count; i++) {
				unguarded += readBack(jdbc, readOnly) ? 0 : 1;
				try (ReadYourWrites.Scope writer = guard.as("lab-writer")) {
					guarded += readBack(jdbc, readOnly) ? 0 : 1;
				}
			}
			return new StaleReads(count, unguarded, guarded);
		}
		finally {
			running.set(false);
			background.shutdown();
			background.awaitTermination(30, TimeUnit.SECONDS);
		}
	}

	/**
	 * @return whether the read saw the write just made
	 */
	private static boolean readBack(JdbcClient jdbc, TransactionTemplate readOnly) {
		jdbc.sql("UPDATE counter SET n = n + 1 WHERE id = 1").update();
		long expected = jdbc.sql("SELECT n FROM counter WHERE id = 1").query(Long.class).single();
		Long seen = readOnly
			.execute((status) -> jdbc.sql("SELECT n FROM counter WHERE id = 1").query(Long.class).single());
		return seen != null && seen >= expected;
	}

	private static HikariDataSource pool(MariaDbEndpoint endpoint, String name) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(endpoint.jdbcUrl("lab"));
		pool.setUsername(endpoint.user());
		pool.setPassword(endpoint.password());
		pool.setPoolName(name);
		pool.setMaximumPoolSize(WRITERS + 4);
		pool.setConnectionTimeout(1000);
		return pool;
	}

	/**
	 * The lag at one write rate.
	 *
	 * @param target writes per second asked for
	 * @param achieved writes per second done
	 * @param dropped writes not issued because the writers' queue was full
	 * @param lag the lag samples' percentiles
	 * @param gaugeUpdatesPerSecond how often the lag gauge changed
	 * @param times when each sample was taken, in seconds into the burst
	 * @param lags the samples, in seconds
	 */
	public record RateResult(int target, double achieved, long dropped, LagStats lag, double gaugeUpdatesPerSecond,
			List<Double> times, List<Double> lags) {

		@Override
		public String toString() {
			return "%d writes/s target: %.0f achieved, %d dropped, lag p50 %.3f s p99 %.3f s max %.3f s (%d samples), gauge updated %.1f/s"
				.formatted(this.target, this.achieved, this.dropped, this.lag.p50(), this.lag.p99(), this.lag.max(),
						this.lag.samples(), this.gaugeUpdatesPerSecond);
		}

	}

	/**
	 * Read-backs by one writer.
	 *
	 * @param readsEach read-backs with the guard, and as many without
	 * @param unguardedStale stale ones without the guard
	 * @param guardedStale stale ones with it
	 */
	public record StaleReads(int readsEach, long unguardedStale, long guardedStale) {
	}

	/**
	 * What {@link #measure} found.
	 *
	 * @param rates one result per rate, in order
	 * @param stale the read-backs
	 */
	public record Measurements(List<RateResult> rates, StaleReads stale) {
	}

}
