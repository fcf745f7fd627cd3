package com.scalemart.platform.data;

import java.sql.Connection;
import java.time.Clock;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * A primary and a replica put together: the data source to give the application, the lag
 * monitor behind it, read-your-writes and the consistency check.
 * <p>
 * Read-only transactions ({@code @Transactional(readOnly = true)}) read from the replica
 * while it answers, is at most {@code maxLag} behind and, for a writer inside
 * {@link ReadYourWrites#as(String)}, has applied that writer's last write; otherwise from
 * the primary. Everything else goes to the primary. Replication is asynchronous.
 */
public final class ReplicatedDataSource implements AutoCloseable {

	private final DataSource primary;

	private final DataSource replica;

	private final LagMonitor monitor;

	private final ReadYourWrites readYourWrites;

	private final DataSource routing;

	private ReplicatedDataSource(DataSource primary, DataSource replica, LagMonitor monitor,
			ReadYourWrites readYourWrites, DataSource routing) {
		this.primary = primary;
		this.replica = replica;
		this.monitor = monitor;
		this.readYourWrites = readYourWrites;
		this.routing = routing;
	}

	/**
	 * Starts the lag monitor (which creates {@code replication_heartbeat} on the primary)
	 * and builds the routing data source.
	 * @param primary the primary's pool
	 * @param replica the replica's pool, for the same database; a short connection
	 * timeout lets reads fall back quickly when it is down
	 * @param properties the limits
	 * @param registry where the gauges and counters go
	 * @return the running whole; close it to stop the monitor and close both pools
	 */
	public static ReplicatedDataSource start(DataSource primary, DataSource replica, ReplicaProperties properties,
			MeterRegistry registry) {
		ReplicatedDataSource replicated = create(primary, replica, properties, registry);
		replicated.monitor.start();
		return replicated;
	}

	/**
	 * Like {@link #start}, but the lag monitor waits for {@link LagMonitor#start()}:
	 * until then every read goes to the primary. An application starts it once its schema
	 * migrations ran, so that the heartbeat table is not the first table of a new
	 * database.
	 * @param primary the primary's pool
	 * @param replica the replica's pool
	 * @param properties the limits
	 * @param registry where the gauges and counters go
	 * @return the whole, its monitor not started
	 */
	public static ReplicatedDataSource create(DataSource primary, DataSource replica, ReplicaProperties properties,
			MeterRegistry registry) {
		Clock clock = Clock.systemUTC();
		LagMonitor monitor = new LagMonitor(primary, replica, properties, registry, clock);
		ReadYourWrites readYourWrites = new ReadYourWrites(properties.readYourWritesWindow(), clock);
		LazyConnectionDataSourceProxy lazy = new LazyConnectionDataSourceProxy();
		lazy.setTargetDataSource(new ReplicaRoutingDataSource(primary, replica, monitor, readYourWrites, registry));
		// known defaults, so that the proxy does not fetch a connection to learn them
		lazy.setDefaultAutoCommit(true);
		lazy.setDefaultTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
		return new ReplicatedDataSource(primary, replica, monitor, readYourWrites, lazy);
	}

	/**
	 * The data source for the application: routes per transaction.
	 * @return the routing data source
	 */
	public DataSource dataSource() {
		return this.routing;
	}

	/**
	 * The replica's lag and state.
	 * @return the monitor
	 */
	public LagMonitor monitor() {
		return this.monitor;
	}

	/**
	 * Read-your-writes scopes.
	 * @return the writer positions
	 */
	public ReadYourWrites readYourWrites() {
		return this.readYourWrites;
	}

	/**
	 * A checker of primary against replica.
	 * @return the checker
	 */
	public ConsistencyChecker consistencyChecker() {
		return new ConsistencyChecker(this.primary, this.replica);
	}

	ReplicaReadRetry readRetry() {
		return new ReplicaReadRetry(this.monitor);
	}

	@Override
	public void close() throws Exception {
		this.monitor.close();
		closeIfPossible(this.replica);
		closeIfPossible(this.primary);
	}

	private static void closeIfPossible(DataSource dataSource) throws Exception {
		if (dataSource instanceof AutoCloseable closeable) {
			closeable.close();
		}
	}

}
