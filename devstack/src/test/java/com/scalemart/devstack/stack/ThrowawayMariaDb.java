package com.scalemart.devstack.stack;

import java.io.IOException;
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
import java.util.concurrent.TimeUnit;

import com.scalemart.platform.engines.Ports;

/**
 * A MariaDB server of the machine's own installation ({@code /usr/sbin/mariadbd}) in a
 * directory of the test, on a free port, as a primary with or without a binary log.
 */
final class ThrowawayMariaDb implements AutoCloseable {

	private static final Path MARIADBD = Path.of("/usr/sbin/mariadbd");

	private static final Duration READY = Duration.ofSeconds(30);

	private final Process process;

	private final int port;

	private ThrowawayMariaDb(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/**
	 * Installs and starts a server.
	 * @param dir its directory, with a short path (its socket lives there)
	 * @param binaryLog whether it logs (ROW, server id 1) so that it can be a primary
	 * @return the running server
	 */
	static ThrowawayMariaDb start(Path dir, boolean binaryLog) throws IOException, InterruptedException {
		if (!Files.isExecutable(MARIADBD)) {
			throw new IllegalStateException(
					MARIADBD + " is missing: install it with `apt-get install -y mariadb-server mariadb-client`");
		}
		Path data = dir.resolve("data");
		List<String> install = new ArrayList<>(List.of("mariadb-install-db", "--no-defaults", "--datadir=" + data,
				"--auth-root-authentication-method=normal", "--skip-test-db"));
		List<String> server = new ArrayList<>(List.of(MARIADBD.toString(), "--no-defaults", "--datadir=" + data,
				"--bind-address=127.0.0.1", "--socket=" + dir.resolve("sock"), "--log-error=" + dir.resolve("err.log"),
				"--pid-file=" + dir.resolve("pid")));
		if ("root".equals(System.getProperty("user.name"))) {
			install.add("--user=root");
			server.add("--user=root");
		}
		if (binaryLog) {
			server.addAll(List.of("--server-id=1", "--log-bin=primary-bin", "--binlog-format=ROW"));
		}
		Process installing = new ProcessBuilder(install).redirectErrorStream(true)
			.redirectOutput(dir.resolve("install.log").toFile())
			.start();
		if (!installing.waitFor(60, TimeUnit.SECONDS) || installing.exitValue() != 0) {
			throw new IllegalStateException("mariadb-install-db failed: see " + dir.resolve("install.log"));
		}
		int port = Ports.freePort();
		server.add("--port=" + port);
		Process process = new ProcessBuilder(server).redirectErrorStream(true)
			.redirectOutput(dir.resolve("out.log").toFile())
			.start();
		ThrowawayMariaDb started = new ThrowawayMariaDb(process, port);
		long deadline = System.nanoTime() + READY.toNanos();
		while (true) {
			try {
				started.query("SELECT 1");
				return started;
			}
			catch (SQLException ex) {
				if (!process.isAlive() || System.nanoTime() > deadline) {
					started.close();
					throw new IllegalStateException("mariadbd did not start: see " + dir.resolve("err.log"), ex);
				}
				Thread.sleep(100);
			}
		}
	}

	int port() {
		return this.port;
	}

	String address() {
		return "127.0.0.1:" + this.port;
	}

	void execute(String... statements) throws SQLException {
		execute(this.port, statements);
	}

	String query(String sql) throws SQLException {
		return query(this.port, sql);
	}

	static void execute(int port, String... statements) throws SQLException {
		try (Connection connection = connect(port); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	static String query(int port, String sql) throws SQLException {
		try (Connection connection = connect(port);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			return rows.next() ? String.valueOf(rows.getString(1)) : "";
		}
	}

	private static Connection connect(int port) throws SQLException {
		return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/?connectTimeout=2000", "root", "");
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
	}

}
