package com.scalemart.platform.engines;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Where a MariaDB server listens and how to log in to it.
 *
 * @param host host name or address
 * @param port TCP port
 * @param user user name
 * @param password password, may be empty
 */
public record MariaDbEndpoint(String host, int port, String user, String password) {

	private static final Pattern DATABASE_NAME = Pattern.compile("[a-z0-9_]{1,64}");

	private static final String DEFAULT_FIX = "start it, or run without --external";

	private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(10);

	/**
	 * The JDBC URL of one database on this server.
	 * @param database the database name
	 * @return {@code jdbc:mariadb://host:port/database}
	 */
	public String jdbcUrl(String database) {
		return "jdbc:mariadb://%s:%d/%s".formatted(this.host, this.port, requireValidName(database));
	}

	/**
	 * Creates the database with the utf8mb4 character set unless it exists.
	 * @param name the database name: lower-case letters, digits and underscores, at most
	 * 64
	 */
	public void createDatabase(String name) {
		execute("CREATE DATABASE IF NOT EXISTS `%s` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
			.formatted(requireValidName(name)));
	}

	/**
	 * Drops the database if it exists.
	 * @param name the database name
	 */
	public void dropDatabase(String name) {
		execute("DROP DATABASE IF EXISTS `%s`".formatted(requireValidName(name)));
	}

	/**
	 * Lists the databases whose names start with the prefix.
	 * @param prefix a valid database name prefix
	 * @return the names, sorted
	 */
	public List<String> databases(String prefix) {
		String like = requireValidName(prefix).replace("_", "\\_") + "%";
		try (Connection connection = connect(ADMIN_TIMEOUT, DEFAULT_FIX);
				var statement = connection.prepareStatement(
						"SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE ? ORDER BY 1")) {
			statement.setString(1, like);
			List<String> names = new ArrayList<>();
			try (var rows = statement.executeQuery()) {
				while (rows.next()) {
					names.add(rows.getString(1));
				}
			}
			return names;
		}
		catch (SQLException ex) {
			throw failed("listing databases", ex);
		}
	}

	/**
	 * Lists the databases whose names start with the prefix and whose newest table was
	 * created longer ago than the age: those a killed process left behind. Databases
	 * without tables are left out, since one may be a moment old.
	 * @param prefix a valid database name prefix
	 * @param age how old the newest table must be
	 * @return the names, sorted
	 */
	public List<String> databasesOlderThan(String prefix, Duration age) {
		String like = requireValidName(prefix).replace("_", "\\_") + "%";
		try (Connection connection = connect(ADMIN_TIMEOUT, DEFAULT_FIX);
				var statement = connection.prepareStatement("""
						SELECT table_schema FROM information_schema.tables WHERE table_schema LIKE ?
						GROUP BY table_schema HAVING MAX(create_time) < NOW() - INTERVAL ? SECOND ORDER BY 1""")) {
			statement.setString(1, like);
			statement.setLong(2, age.toSeconds());
			List<String> names = new ArrayList<>();
			try (var rows = statement.executeQuery()) {
				while (rows.next()) {
					names.add(rows.getString(1));
				}
			}
			return names;
		}
		catch (SQLException ex) {
			throw failed("listing old databases", ex);
		}
	}

	/**
	 * Connects and runs {@code SELECT 1}.
	 * @param timeout how long to try
	 * @throws EngineUnavailableException if the server does not answer in time
	 */
	public void check(Duration timeout) {
		check(timeout, DEFAULT_FIX);
	}

	/**
	 * Connects and runs {@code SELECT 1}.
	 * @param timeout how long to try
	 * @param fix what the user should do if it fails, e.g. "start it, or unset X"
	 * @throws EngineUnavailableException if the server does not answer in time
	 */
	public void check(Duration timeout, String fix) {
		try (Connection connection = connect(timeout, fix); Statement statement = connection.createStatement()) {
			statement.execute("SELECT 1");
		}
		catch (SQLException ex) {
			throw unavailable(ex, fix);
		}
	}

	/**
	 * Rejects anything but lower-case letters, digits and underscores, so that a name can
	 * be quoted into SQL safely.
	 * @param name the candidate
	 * @return the name
	 * @throws IllegalArgumentException if the name is not valid
	 */
	public static String requireValidName(String name) {
		if (!DATABASE_NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("invalid database name '%s': use 1 to 64 of a-z, 0-9 and _"
				.formatted(name.replaceAll("\\s+", " ")));
		}
		return name;
	}

	@Override
	public String toString() {
		// never print the password
		return "MariaDbEndpoint[%s@%s:%d]".formatted(this.user, this.host, this.port);
	}

	private void execute(String sql) {
		try (Connection connection = connect(ADMIN_TIMEOUT, DEFAULT_FIX);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw failed(sql, ex);
		}
	}

	private Connection connect(Duration timeout, String fix) {
		Properties properties = new Properties();
		properties.setProperty("user", this.user);
		properties.setProperty("password", this.password);
		properties.setProperty("connectTimeout", Long.toString(Math.max(1, timeout.toMillis())));
		properties.setProperty("socketTimeout", Long.toString(Math.max(1, timeout.toMillis())));
		try {
			return DriverManager.getConnection("jdbc:mariadb://%s:%d/".formatted(this.host, this.port), properties);
		}
		catch (SQLException ex) {
			throw unavailable(ex, fix);
		}
	}

	private EngineUnavailableException unavailable(SQLException ex, String fix) {
		return new EngineUnavailableException("MariaDB at %s:%d is not reachable (%s): %s".formatted(this.host,
				this.port, EngineFailures.rootCause(ex), fix), ex);
	}

	private IllegalStateException failed(String what, SQLException ex) {
		return new IllegalStateException("MariaDB at %s:%d refused %s (%s): check the grants of user '%s'"
			.formatted(this.host, this.port, what, EngineFailures.rootCause(ex), this.user), ex);
	}

}
