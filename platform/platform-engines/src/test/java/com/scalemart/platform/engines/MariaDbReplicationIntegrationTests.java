package com.scalemart.platform.engines;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

class MariaDbReplicationIntegrationTests {

	private static MariaDbReplication replication;

	@BeforeAll
	static void start() throws Exception {
		// under target/, not java.io.tmpdir, so that a restarted replica keeps its data
		replication = MariaDbReplication
			.start(Files.createTempDirectory(Files.createDirectories(Path.of("target")), "replication-"));
	}

	@AfterAll
	static void stop() {
		replication.close();
	}

	@Test
	void writesOnThePrimaryReachTheReplica() throws Exception {
		replication.primary().createDatabase("replicated");
		execute(replication.primary(), "CREATE TABLE replicated.note (id INT PRIMARY KEY, text VARCHAR(20))",
				"INSERT INTO replicated.note VALUES (1, 'first')");
		replication.awaitReplicaCaughtUp(Duration.ofSeconds(10));
		assertThat(single(replication.replica(), "SELECT text FROM replicated.note WHERE id = 1")).isEqualTo("first");
		assertThat(single(replication.primary(), "SELECT @@server_id")).isEqualTo("1");
		assertThat(single(replication.replica(), "SELECT @@server_id")).isEqualTo("2");
		assertThat(single(replication.primary(), "SELECT @@binlog_format")).isEqualTo("ROW");
		assertThat(single(replication.replica(), "SELECT @@read_only")).isEqualTo("1");
		assertThat(replication.replicaStatus().running()).isTrue();
	}

	@Test
	void aStoppedSqlThreadLeavesTheReplicaBehindUntilItStartsAgain() throws Exception {
		replication.primary().createDatabase("lagging");
		execute(replication.primary(), "CREATE TABLE lagging.counter (id INT PRIMARY KEY, n INT)",
				"INSERT INTO lagging.counter VALUES (1, 0)");
		replication.awaitReplicaCaughtUp(Duration.ofSeconds(10));
		replication.stopReplicaSqlThread();
		try {
			assertThat(replication.replicaStatus().sqlRunning()).isFalse();
			execute(replication.primary(), "UPDATE lagging.counter SET n = 1 WHERE id = 1");
			assertThatExceptionOfType(EngineUnavailableException.class)
				.isThrownBy(() -> replication.awaitReplicaCaughtUp(Duration.ofMillis(200)))
				.withMessageContaining("did not apply");
			assertThat(single(replication.replica(), "SELECT n FROM lagging.counter")).isEqualTo("0");
		}
		finally {
			replication.startReplicaSqlThread();
		}
		replication.awaitReplicaCaughtUp(Duration.ofSeconds(10));
		assertThat(single(replication.replica(), "SELECT n FROM lagging.counter")).isEqualTo("1");
	}

	@Test
	void aKilledReplicaRestartsOnItsPortAndCatchesUp() throws Exception {
		replication.primary().createDatabase("crash");
		execute(replication.primary(), "CREATE TABLE crash.t (id INT PRIMARY KEY)");
		replication.awaitReplicaCaughtUp(Duration.ofSeconds(10));
		MariaDbEndpoint before = replication.replica();
		replication.killReplica();
		assertThatExceptionOfType(EngineUnavailableException.class).isThrownBy(replication::replicaStatus);
		execute(replication.primary(), "INSERT INTO crash.t VALUES (1)");
		replication.restartReplica();
		assertThat(replication.replica()).isEqualTo(before);
		replication.awaitReplicaCaughtUp(Duration.ofSeconds(10));
		assertThat(single(replication.replica(), "SELECT COUNT(*) FROM crash.t")).isEqualTo("1");
		await().atMost(Duration.ofSeconds(10)).until(() -> replication.replicaStatus().running());
	}

	private static void execute(MariaDbEndpoint endpoint, String... statements) throws SQLException {
		try (Connection connection = DriverManager.getConnection(endpoint.jdbcUrl("mysql"), endpoint.user(),
				endpoint.password()); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private static String single(MariaDbEndpoint endpoint, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(endpoint.jdbcUrl("mysql"), endpoint.user(),
				endpoint.password());
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			assertThat(rows.next()).isTrue();
			return rows.getString(1);
		}
	}

}
