package com.scalemart.platform.data;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.scalemart.platform.data.ReplicaState.Condition;

/**
 * Hands out replica connections to read-only transactions and primary connections to
 * everything else. Used behind a {@code LazyConnectionDataSourceProxy}, so that the
 * choice is made at a transaction's first statement, when Spring has already marked it
 * read-only.
 * <p>
 * Not an {@code AbstractRoutingDataSource}: the choice needs more than a key (the
 * replica's state, and for a writer a GTID check on the very replica connection it will
 * read from), and a replica that fails to give a connection must fall back at once.
 */
final class ReplicaRoutingDataSource extends AbstractDataSource {

	private final DataSource primary;

	private final DataSource replica;

	private final LagMonitor monitor;

	private final ReadYourWrites readYourWrites;

	private final Map<ReadTarget, Counter> reads = new EnumMap<>(ReadTarget.class);

	ReplicaRoutingDataSource(DataSource primary, DataSource replica, LagMonitor monitor, ReadYourWrites readYourWrites,
			MeterRegistry registry) {
		this.primary = primary;
		this.replica = replica;
		this.monitor = monitor;
		this.readYourWrites = readYourWrites;
		for (ReadTarget target : ReadTarget.values()) {
			this.reads.put(target,
					Counter.builder("scalemart.replication.reads")
						.description("Read-only transactions, by the server that served them and why")
						.tag("target", target.target())
						.tag("reason", target.reason())
						.register(registry));
		}
	}

	@Override
	public Connection getConnection() throws SQLException {
		if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return writeConnection();
		}
		ReadAttempt attempt = ReadAttempt.current();
		if (attempt.isPrimaryOnly()) {
			return primaryRead(ReadTarget.PRIMARY_RETRY);
		}
		ReplicaState state = this.monitor.state();
		if (state.condition() == Condition.DOWN) {
			return primaryRead(ReadTarget.PRIMARY_REPLICA_DOWN);
		}
		if (state.condition() == Condition.LAGGING) {
			return primaryRead(ReadTarget.PRIMARY_REPLICA_LAGGING);
		}
		Connection connection;
		try {
			connection = this.replica.getConnection();
		}
		catch (SQLException | RuntimeException ex) {
			this.monitor.markDown(ex);
			return primaryRead(ReadTarget.PRIMARY_REPLICA_DOWN);
		}
		try {
			if (!hasOwnLastWrite(connection)) {
				connection.close();
				return primaryRead(ReadTarget.PRIMARY_OWN_WRITE);
			}
		}
		catch (SQLException ex) {
			closeQuietly(connection);
			this.monitor.markDown(ex);
			return primaryRead(ReadTarget.PRIMARY_REPLICA_DOWN);
		}
		attempt.usedReplica();
		this.reads.get(ReadTarget.REPLICA_IN_SYNC).increment();
		return connection;
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		// JDBC's way to refuse an optional method: the two pools hold their own
		// credentials.
		throw new SQLFeatureNotSupportedException("the replica router uses the pools' own credentials");
	}

	private boolean hasOwnLastWrite(Connection connection) throws SQLException {
		String writer = ReadYourWrites.currentWriter();
		String position = (writer != null) ? this.readYourWrites.pending(writer) : null;
		if (writer == null || position == null) {
			return true;
		}
		try (PreparedStatement statement = connection.prepareStatement("SELECT MASTER_GTID_WAIT(?, 0)")) {
			statement.setString(1, position);
			try (ResultSet rows = statement.executeQuery()) {
				boolean reached = rows.next() && rows.getInt(1) == 0;
				if (reached) {
					this.readYourWrites.applied(writer, position);
				}
				return reached;
			}
		}
	}

	private Connection primaryRead(ReadTarget why) throws SQLException {
		this.reads.get(why).increment();
		return this.primary.getConnection();
	}

	private Connection writeConnection() throws SQLException {
		Connection connection = this.primary.getConnection();
		String writer = ReadYourWrites.currentWriter();
		if (writer == null) {
			return connection;
		}
		return recordingOnClose(connection, writer);
	}

	/**
	 * Wraps a primary connection so that closing it records the primary's position for
	 * the writer: by then its statements ran and its transaction, if any, committed.
	 */
	private Connection recordingOnClose(Connection target, String writer) {
		return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, args) -> {
					if ("close".equals(method.getName()) && !target.isClosed()) {
						recordPosition(target, writer);
					}
					if ("unwrap".equals(method.getName()) && args[0] == Connection.class) {
						return target;
					}
					try {
						return method.invoke(target, args);
					}
					catch (java.lang.reflect.InvocationTargetException ex) {
						throw ex.getTargetException();
					}
				});
	}

	private void recordPosition(Connection connection, String writer) throws SQLException {
		if (!connection.getAutoCommit()) {
			// an unfinished transaction (rolled back on close): nothing of it is logged
			return;
		}
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT @@gtid_binlog_pos")) {
			if (rows.next()) {
				String position = rows.getString(1);
				this.readYourWrites.record(writer, (position != null) ? position : "");
			}
		}
	}

	private static void closeQuietly(@Nullable Connection connection) {
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				// the replica failed already; the read goes to the primary
			}
		}
	}

}
