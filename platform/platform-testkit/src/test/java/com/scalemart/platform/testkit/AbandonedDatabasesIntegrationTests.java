package com.scalemart.platform.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;

import com.scalemart.platform.engines.MariaDbEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Which test databases count as abandoned: by the age of their newest table. */
class AbandonedDatabasesIntegrationTests {

	@Test
	void aDatabaseCountsByTheAgeOfItsNewestTableAndAnEmptyOneNever() throws Exception {
		MariaDbEndpoint server = TestEngines.mariaDb();
		String prefix = "t_abandoned_probe_" + Long.toHexString(System.nanoTime() & 0xffffffL);
		String withTable = prefix + "_table";
		String empty = prefix + "_empty";
		server.createDatabase(withTable);
		server.createDatabase(empty);
		try {
			try (Connection connection = DriverManager.getConnection(server.jdbcUrl(withTable), server.user(),
					server.password()); Statement statement = connection.createStatement()) {
				statement.execute("CREATE TABLE item (id INT PRIMARY KEY)");
			}

			assertThat(server.databasesOlderThan(prefix, Duration.ofHours(1))).isEmpty();
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(server.databasesOlderThan(prefix, Duration.ofSeconds(1)))
					.containsExactly(withTable));
		}
		finally {
			server.dropDatabase(withTable);
			server.dropDatabase(empty);
		}
	}

}
