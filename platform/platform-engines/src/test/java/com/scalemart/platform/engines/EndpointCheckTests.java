package com.scalemart.platform.engines;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What the endpoints do when nothing listens: they fail fast, on one line, naming the
 * fix.
 */
class EndpointCheckTests {

	private static final Duration QUICKLY = Duration.ofSeconds(5);

	@Test
	void mariaDbOnAClosedPortIsUnavailableQuickly() {
		int port = Ports.freePort();
		MariaDbEndpoint endpoint = new MariaDbEndpoint("127.0.0.1", port, "root", "secret");
		long started = System.nanoTime();
		assertThatExceptionOfType(EngineUnavailableException.class)
			.isThrownBy(() -> endpoint.check(Duration.ofSeconds(2)))
			.satisfies((ex) -> assertThat(ex.getMessage())
				.startsWith("MariaDB at 127.0.0.1:" + port + " is not reachable (")
				.endsWith("): start it, or run without --external")
				.doesNotContain("\n")
				.doesNotContain("secret"));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(QUICKLY);
	}

	@Test
	void mariaDbCheckNamesTheGivenFix() {
		MariaDbEndpoint endpoint = new MariaDbEndpoint("127.0.0.1", Ports.freePort(), "root", "");
		assertThatExceptionOfType(EngineUnavailableException.class)
			.isThrownBy(() -> endpoint.check(Duration.ofSeconds(2), "unset SCALEMART_TEST_MARIADB"))
			.withMessageEndingWith(": unset SCALEMART_TEST_MARIADB");
	}

	@Test
	void mariaDbAdministrationOnAClosedPortIsUnavailable() {
		MariaDbEndpoint endpoint = new MariaDbEndpoint("127.0.0.1", Ports.freePort(), "root", "");
		assertThatExceptionOfType(EngineUnavailableException.class).isThrownBy(() -> endpoint.createDatabase("a"));
		assertThatExceptionOfType(EngineUnavailableException.class).isThrownBy(() -> endpoint.dropDatabase("a"));
		assertThatExceptionOfType(EngineUnavailableException.class).isThrownBy(() -> endpoint.databases("a"));
	}

	@Test
	void redisOnAClosedPortIsUnavailableQuickly() {
		int port = Ports.freePort();
		RedisEndpoint endpoint = new RedisEndpoint("127.0.0.1", port);
		long started = System.nanoTime();
		assertThatExceptionOfType(EngineUnavailableException.class)
			.isThrownBy(() -> endpoint.check(Duration.ofSeconds(2)))
			.satisfies(
					(ex) -> assertThat(ex.getMessage()).startsWith("Redis at 127.0.0.1:" + port + " is not reachable (")
						.endsWith("): start it, or run without --external")
						.doesNotContain("\n"));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(QUICKLY);
		assertThatExceptionOfType(EngineUnavailableException.class).isThrownBy(() -> endpoint.deleteKeys("p:"));
	}

	@Test
	void databaseNamesThatCouldInjectSqlAreRejected() {
		MariaDbEndpoint endpoint = new MariaDbEndpoint("127.0.0.1", 1, "root", "");
		assertThatIllegalArgumentException().isThrownBy(() -> endpoint.createDatabase("x; DROP DATABASE y"))
			.withMessageContaining("invalid database name");
		assertThatIllegalArgumentException().isThrownBy(() -> endpoint.dropDatabase("x`; DROP DATABASE y; `"));
		assertThatIllegalArgumentException().isThrownBy(() -> endpoint.jdbcUrl("Upper"));
		assertThatIllegalArgumentException().isThrownBy(() -> endpoint.jdbcUrl(""));
		assertThatIllegalArgumentException().isThrownBy(() -> endpoint.jdbcUrl("a".repeat(65)));
		assertThat(endpoint.jdbcUrl("a".repeat(64))).endsWith("/" + "a".repeat(64));
		assertThat(endpoint.jdbcUrl("shop_1")).isEqualTo("jdbc:mariadb://127.0.0.1:1/shop_1");
	}

	@Test
	void endpointsNeverPrintThePassword() {
		assertThat(new MariaDbEndpoint("db", 3306, "app", "s3cret")).hasToString("MariaDbEndpoint[app@db:3306]");
	}

}
