package com.scalemart.platform.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.scalemart.platform.data.ReplicaState.Condition;

/**
 * Measures how far the replica is behind with a heartbeat row: every interval the primary
 * gets the current time in {@code replication_heartbeat}, and the replica's copy of that
 * row is read. The lag is the age of the oldest heartbeat written on the primary that the
 * replica has not applied yet (zero when it has them all), so it is exact to one
 * heartbeat interval and unaffected by idle periods, unlike
 * {@code Seconds_Behind_Master}, which only moves while events are being applied.
 * <p>
 * Replication is asynchronous (semi-sync is not configured), so this lag is the only
 * bound on how stale a replica read is.
 */
public final class LagMonitor implements AutoCloseable {

	private boolean started;

	private static final Logger logger = LoggerFactory.getLogger(LagMonitor.class);

	static final String TABLE = "replication_heartbeat";

	private final DataSource primary;

	private final DataSource replica;

	private final Duration maxLag;

	private final Duration interval;

	private final Clock clock;

	private final Deque<Instant> unapplied = new ConcurrentLinkedDeque<>();

	private final ScheduledExecutorService scheduler;

	private volatile ReplicaState state;

	private volatile Instant lastBeatWritten = Instant.EPOCH;

	LagMonitor(DataSource primary, DataSource replica, ReplicaProperties properties, MeterRegistry registry,
			Clock clock) {
		this.primary = primary;
		this.replica = replica;
		this.maxLag = properties.maxLag();
		this.interval = properties.heartbeatInterval();
		this.clock = clock;
		this.state = ReplicaState.starting(clock.instant());
		this.scheduler = Executors.newScheduledThreadPool(2,
				Thread.ofPlatform().daemon().name("replication-heartbeat-", 0).factory());
		Gauge.builder("scalemart.replication.lag.seconds", this, (monitor) -> monitor.state().lagSeconds())
			.description("How far the replica is behind the primary (age of its oldest missing heartbeat)")
			.register(registry);
		Gauge
			.builder("scalemart.replication.replica.up", this,
					(monitor) -> (monitor.state().condition() == Condition.DOWN) ? 0 : 1)
			.description("1 while the replica answers, 0 while it is down")
			.register(registry);
	}

	/**
	 * Creates the heartbeat table on the primary if needed and starts writing and reading
	 * the heartbeat, each on its own thread so that a hung replica does not delay the
	 * primary's beats.
	 */
	public synchronized void start() {
		if (this.started) {
			return;
		}
		this.started = true;
		try (Connection connection = this.primary.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE
					+ " (id TINYINT PRIMARY KEY, beat DATETIME(6) NOT NULL) ENGINE = InnoDB");
		}
		catch (SQLException ex) {
			throw new IllegalStateException(
					"could not create the %s table on the primary (%s)".formatted(TABLE, ex.getMessage()), ex);
		}
		long millis = this.interval.toMillis();
		this.scheduler.scheduleAtFixedRate(this::writeBeat, 0, millis, TimeUnit.MILLISECONDS);
		this.scheduler.scheduleAtFixedRate(this::readBeat, millis / 2, millis, TimeUnit.MILLISECONDS);
	}

	/**
	 * The replica as last seen; a reading older than the maximum lag (the reader is
	 * stuck) counts as down.
	 * @return the state
	 */
	public ReplicaState state() {
		ReplicaState current = this.state;
		Duration age = Duration.between(current.checkedAt(), this.clock.instant());
		if (current.condition() != Condition.DOWN && age.compareTo(this.maxLag.plus(this.interval)) > 0) {
			return new ReplicaState(Condition.DOWN, null, current.checkedAt(), "no heartbeat read for " + age);
		}
		return current;
	}

	/**
	 * Marks the replica down at once, before the next heartbeat notices: a read just
	 * failed on it.
	 * @param failure what failed
	 */
	void markDown(Throwable failure) {
		this.state = new ReplicaState(Condition.DOWN, null, this.clock.instant(), oneLine(failure));
	}

	Duration maxLag() {
		return this.maxLag;
	}

	private void writeBeat() {
		Instant beat = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		try (Connection connection = this.primary.getConnection();
				PreparedStatement statement = connection.prepareStatement("INSERT INTO " + TABLE
						+ " (id, beat) VALUES (1, ?) ON DUPLICATE KEY UPDATE beat = VALUES(beat)")) {
			statement.setObject(1, LocalDateTime.ofInstant(beat, ZoneOffset.UTC));
			statement.executeUpdate();
			this.unapplied.addLast(beat);
			this.lastBeatWritten = beat;
		}
		catch (SQLException | RuntimeException ex) {
			// the primary is the application's problem, reported by its own health check
			logger.debug("heartbeat not written on the primary", ex);
		}
	}

	private void readBeat() {
		Instant now = this.clock.instant();
		try (Connection connection = this.replica.getConnection();
				PreparedStatement statement = connection
					.prepareStatement("SELECT beat FROM " + TABLE + " WHERE id = 1");
				ResultSet rows = statement.executeQuery()) {
			Instant applied = rows.next() ? rows.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC)
					: Instant.EPOCH;
			// beats at or before the applied one have reached the replica
			while (!this.unapplied.isEmpty() && !this.unapplied.peekFirst().isAfter(applied)) {
				this.unapplied.pollFirst();
			}
			Instant oldestMissing = this.unapplied.peekFirst();
			Duration lag = (oldestMissing != null) ? Duration.between(oldestMissing, now) : Duration.ZERO;
			if (lag.isNegative()) {
				lag = Duration.ZERO;
			}
			Condition condition = (lag.compareTo(this.maxLag) > 0) ? Condition.LAGGING : Condition.IN_SYNC;
			this.state = new ReplicaState(condition, lag, now, "");
		}
		catch (SQLException | RuntimeException ex) {
			this.state = new ReplicaState(Condition.DOWN, null, now, oneLine(ex));
		}
	}

	Instant lastBeatWritten() {
		return this.lastBeatWritten;
	}

	private static String oneLine(Throwable failure) {
		String message = failure.getMessage();
		return (message != null) ? message.replaceAll("\\s+", " ").strip() : failure.getClass().getSimpleName();
	}

	@Override
	public void close() {
		this.scheduler.shutdownNow();
	}

}
