package com.scalemart.devstack.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.scalemart.devstack.DevStackException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SettingsTests {

	private static final Path HOME = Path.of("/repo");

	@Test
	void defaultsToEmbeddedEnginesOnTheDocumentedPortsWithStateUnderTheRepository() {
		Settings settings = Settings.from(Map.of(), HOME, HOME, false);
		assertThat(settings.mode()).isEqualTo(Mode.EMBEDDED);
		assertThat(settings.mariaDbPort()).isEqualTo(13306);
		assertThat(settings.redisPort()).isEqualTo(16379);
		assertThat(settings.kafkaPort()).isEqualTo(19092);
		assertThat(settings.stateFile()).isEqualTo(Path.of("/repo/.scalemart/state.json"));
		assertThat(settings.logsDir()).isEqualTo(Path.of("/repo/.scalemart/logs"));
		assertThat(settings.externalMariaDb()).isEqualTo(new HostPort("127.0.0.1", 3306));
		assertThat(settings.mariaDbUser()).isEqualTo("root");
		assertThat(settings.mariaDbPassword()).isEmpty();
		assertThat(settings.externalRedis()).isEqualTo(new HostPort("127.0.0.1", 6379));
		assertThat(settings.externalKafka()).isEqualTo("127.0.0.1:9092");
		assertThat(settings.readyTimeout()).isEqualTo(Duration.ofSeconds(180));
	}

	@Test
	void readsOverridesFromTheEnvironment() {
		Settings settings = Settings.from(
				Map.of("SCALEMART_MARIADB_PORT", "23306", "SCALEMART_REDIS_PORT", "26379", "SCALEMART_KAFKA_PORT",
						"29092", "SCALEMART_MODE", "External", "SCALEMART_MARIADB", "db.local:3307", "SCALEMART_REDIS",
						"cache:6380", "SCALEMART_STATE_DIR", "run/state", "SCALEMART_READY_TIMEOUT", "30"),
				HOME, Path.of("/work"), false);
		assertThat(settings.mode()).isEqualTo(Mode.EXTERNAL);
		assertThat(settings.mariaDbPort()).isEqualTo(23306);
		assertThat(settings.redisPort()).isEqualTo(26379);
		assertThat(settings.kafkaPort()).isEqualTo(29092);
		assertThat(settings.externalMariaDb()).isEqualTo(new HostPort("db.local", 3307));
		assertThat(settings.externalRedis()).isEqualTo(new HostPort("cache", 6380));
		assertThat(settings.stateDir()).isEqualTo(Path.of("/work/run/state"));
		assertThat(settings.readyTimeout()).isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void theReplicaListensNextToTheEmbeddedMariaDbAndIsAbsentInExternalModeUnlessNamed() {
		Settings defaults = Settings.from(Map.of(), HOME, HOME, false);
		assertThat(defaults.mariaDbReplicaPort()).isEqualTo(13307);
		assertThat(defaults.externalMariaDbReplica()).isNull();
		assertThat(defaults.mariaDbReplicaUser()).isEqualTo("root");
		assertThat(defaults.mariaDbReplicaPassword()).isEmpty();
		Settings named = Settings.from(
				Map.of("SCALEMART_MARIADB_REPLICA_PORT", "23307", "SCALEMART_MARIADB_REPLICA", "replica.local:3307",
						"SCALEMART_MARIADB_REPLICA_USER", "reader", "SCALEMART_MARIADB_REPLICA_PASSWORD", "secret"),
				HOME, HOME, true);
		assertThat(named.mariaDbReplicaPort()).isEqualTo(23307);
		assertThat(named.externalMariaDbReplica()).isEqualTo(new HostPort("replica.local", 3307));
		assertThat(named.mariaDbReplicaUser()).isEqualTo("reader");
		assertThat(named.mariaDbReplicaPassword()).isEqualTo("secret");
		assertThat(Settings.from(Map.of("SCALEMART_MARIADB_REPLICA", " "), HOME, HOME, true).externalMariaDbReplica())
			.isNull();
	}

	@Test
	void rejectsAReplicaThatIsNoHostAndPort() {
		assertThatExceptionOfType(DevStackException.class)
			.isThrownBy(() -> Settings.from(Map.of("SCALEMART_MARIADB_REPLICA", "3307"), HOME, HOME, true))
			.withMessage("SCALEMART_MARIADB_REPLICA must be host:port (e.g. 127.0.0.1:3306), got '3307'");
	}

	@Test
	void externalFlagWinsOverTheDefaultMode() {
		assertThat(Settings.from(Map.of(), HOME, HOME, true).mode()).isEqualTo(Mode.EXTERNAL);
	}

	@Test
	void rejectsAPortThatIsNoNumberNamingTheVariable() {
		assertThatExceptionOfType(DevStackException.class)
			.isThrownBy(() -> Settings.from(Map.of("SCALEMART_REDIS_PORT", "six"), HOME, HOME, false))
			.withMessage("SCALEMART_REDIS_PORT must be a port number between 1 and 65535, got 'six'");
	}

	@Test
	void rejectsAPortOutOfRange() {
		assertThatExceptionOfType(DevStackException.class)
			.isThrownBy(() -> Settings.from(Map.of("SCALEMART_KAFKA_PORT", "70000"), HOME, HOME, false))
			.withMessageStartingWith("SCALEMART_KAFKA_PORT must be a port number");
	}

	@Test
	void rejectsAnUnknownMode() {
		assertThatExceptionOfType(DevStackException.class)
			.isThrownBy(() -> Settings.from(Map.of("SCALEMART_MODE", "cloud"), HOME, HOME, false))
			.withMessage("SCALEMART_MODE must be 'embedded' or 'external', got 'cloud'");
	}

	@Test
	void rejectsAnAddressWithoutPort() {
		assertThatExceptionOfType(DevStackException.class)
			.isThrownBy(() -> Settings.from(Map.of("SCALEMART_MARIADB", "localhost"), HOME, HOME, false))
			.withMessage("SCALEMART_MARIADB must be host:port (e.g. 127.0.0.1:3306), got 'localhost'");
	}

	@Test
	void rejectsAReadyTimeoutThatIsNotPositive() {
		assertThatExceptionOfType(DevStackException.class)
			.isThrownBy(() -> Settings.from(Map.of("SCALEMART_READY_TIMEOUT", "0"), HOME, HOME, false))
			.withMessageStartingWith("SCALEMART_READY_TIMEOUT must be a number of seconds");
	}

	@Test
	void displaysPathsUnderTheRepositoryRelativeToIt() {
		Settings settings = Settings.from(Map.of(), HOME, HOME, false);
		assertThat(settings.display(Path.of("/repo/.scalemart/logs/user-service.log")))
			.isEqualTo(".scalemart/logs/user-service.log");
		assertThat(settings.display(Path.of("/tmp/elsewhere.log"))).isEqualTo("/tmp/elsewhere.log");
	}

}
