package com.scalemart.platform.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Compares the primary's and the replica's copy of one database table by table, with
 * {@code CHECKSUM TABLE} and row counts. It first waits until the replica has applied
 * everything the primary had logged, so that on a quiet primary any difference is real (a
 * write made directly on the replica, a skipped event); on a busy one, tables written
 * during the comparison may show differences that are only in flight. The heartbeat
 * table, rewritten every few hundred milliseconds, is left out.
 */
public final class ConsistencyChecker {

	private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z0-9_$]{1,64}");

	private final DataSource primary;

	private final DataSource replica;

	public ConsistencyChecker(DataSource primary, DataSource replica) {
		this.primary = primary;
		this.replica = replica;
	}

	/**
	 * Compares every table of the primary connection's current database.
	 * @param catchUpTimeout how long to wait for the replica to apply the primary's log
	 * @return the report
	 * @throws IllegalStateException if the replica has not caught up in time or a server
	 * refuses a statement
	 */
	public ConsistencyReport compare(Duration catchUpTimeout) {
		try (Connection onPrimary = this.primary.getConnection(); Connection onReplica = this.replica.getConnection()) {
			String schema = single(onPrimary, "SELECT DATABASE()");
			String position = single(onPrimary, "SELECT @@gtid_binlog_pos");
			try (PreparedStatement wait = onReplica.prepareStatement("SELECT MASTER_GTID_WAIT(?, ?)")) {
				wait.setString(1, (position != null) ? position : "");
				wait.setDouble(2, catchUpTimeout.toMillis() / 1000.0);
				try (ResultSet rows = wait.executeQuery()) {
					if (!rows.next() || rows.getInt(1) != 0) {
						throw new IllegalStateException("the replica did not apply the primary's position %s within %s"
							.formatted(position, catchUpTimeout));
					}
				}
			}
			List<TableComparison> tables = new ArrayList<>();
			for (String table : tables(onPrimary)) {
				long[] onPrimarySide = measure(onPrimary, table);
				long @Nullable [] onReplicaSide = measureIfPresent(onReplica, table);
				tables
					.add(new TableComparison(table, onPrimarySide[0], (onReplicaSide != null) ? onReplicaSide[0] : null,
							onPrimarySide[1], (onReplicaSide != null) ? onReplicaSide[1] : null));
			}
			return new ConsistencyReport((schema != null) ? schema : "", tables);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("consistency check failed: " + ex.getMessage(), ex);
		}
	}

	private static List<String> tables(Connection connection) throws SQLException {
		List<String> names = new ArrayList<>();
		try (PreparedStatement statement = connection
			.prepareStatement("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() "
					+ "AND table_type = 'BASE TABLE' AND table_name <> ? ORDER BY table_name")) {
			statement.setString(1, LagMonitor.TABLE);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					String name = rows.getString(1);
					if (TABLE_NAME.matcher(name).matches()) {
						names.add(name);
					}
				}
			}
		}
		return names;
	}

	private static long @Nullable [] measureIfPresent(Connection connection, String table) throws SQLException {
		try {
			return measure(connection, table);
		}
		catch (SQLException ex) {
			if ("42S02".equals(ex.getSQLState())) {
				return null;
			}
			throw ex;
		}
	}

	private static long[] measure(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			long rows;
			try (ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM `" + table + "`")) {
				result.next();
				rows = result.getLong(1);
			}
			try (ResultSet result = statement.executeQuery("CHECKSUM TABLE `" + table + "`")) {
				result.next();
				return new long[] { rows, result.getLong(2) };
			}
		}
	}

	private static @Nullable String single(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			return rows.next() ? rows.getString(1) : null;
		}
	}

	/**
	 * Compares two servers from the command line.
	 * @param args the primary's JDBC URL, the replica's, and optionally the user and the
	 * password (both servers)
	 * @throws SQLException if a server cannot be reached
	 */
	public static void main(String[] args) throws SQLException {
		if (args.length < 2) {
			System.err.println("usage: ConsistencyChecker <primary-jdbc-url> <replica-jdbc-url> [user [password]]");
			System.exit(2);
		}
		String user = (args.length > 2) ? args[2] : "root";
		String password = (args.length > 3) ? args[3] : "";
		ConsistencyReport report = new ConsistencyChecker(new DriverManagerDataSource(args[0], user, password),
				new DriverManagerDataSource(args[1], user, password))
			.compare(Duration.ofSeconds(30));
		System.out.println(report.describe());
		System.exit(report.consistent() ? 0 : 1);
	}

}
