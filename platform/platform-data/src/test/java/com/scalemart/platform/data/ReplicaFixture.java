package com.scalemart.platform.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import com.scalemart.platform.engines.MariaDbEndpoint;
import com.scalemart.platform.engines.MariaDbReplication;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A real primary and replica with a small {@code item} table, for the tests. */
final class ReplicaFixture {

	static final String DATABASE = "replica_tests";

	private ReplicaFixture() {
	}

	static MariaDbReplication start() throws Exception {
		// under target/, not java.io.tmpdir, so that a restarted replica keeps its data
		MariaDbReplication replication = MariaDbReplication
			.start(Files.createTempDirectory(Files.createDirectories(Path.of("target")), "replication-"));
		replication.primary().createDatabase(DATABASE);
		execute(replication.primary(), "CREATE TABLE item (id INT PRIMARY KEY, name VARCHAR(40) NOT NULL)",
				"INSERT INTO item VALUES (1, 'old'), (2, 'other')");
		replication.awaitReplicaCaughtUp(Duration.ofSeconds(10));
		return replication;
	}

	static ApplicationContextRunner context(MariaDbReplication replication, String maxLag, String window) {
		MariaDbEndpoint primary = replication.primary();
		MariaDbEndpoint replica = replication.replica();
		return new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(ReplicaDataSourceAutoConfiguration.class, DataSourceAutoConfiguration.class,
							DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
							JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class))
			.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.withBean(Items.class)
			.withPropertyValues("spring.datasource.url=" + primary.jdbcUrl(DATABASE), "spring.datasource.username=root",
					"spring.datasource.password=", "scalemart.data.replica.url=" + replica.jdbcUrl(DATABASE),
					"scalemart.data.replica.username=root", "scalemart.data.replica.max-lag=" + maxLag,
					"scalemart.data.replica.read-your-writes-window=" + window);
	}

	static void execute(MariaDbEndpoint endpoint, String... statements) throws SQLException {
		try (Connection connection = DriverManager.getConnection(endpoint.jdbcUrl(DATABASE), endpoint.user(),
				endpoint.password()); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	static JdbcClient jdbc(MariaDbEndpoint endpoint) {
		return JdbcClient.create(new org.springframework.jdbc.datasource.DriverManagerDataSource(
				endpoint.jdbcUrl(DATABASE), endpoint.user(), endpoint.password()));
	}

}
