package com.scalemart.platform.engines;

import java.net.ServerSocket;
import java.time.Duration;

import io.lettuce.core.api.sync.RedisCommands;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

class RedisEngineIntegrationTests {

	@Test
	void startsOnAFreePortServesCommandsAndStopsCompletely() {
		int port;
		long pid;
		try (RedisEngine engine = RedisEngine.embedded(0)) {
			RedisEndpoint endpoint = engine.endpoint();
			port = endpoint.port();
			pid = engine.pid();
			assertThat(pid).isPositive();
			assertThat(endpoint.uri()).isEqualTo("redis://127.0.0.1:" + port);
			String value = endpoint.withCommands(Duration.ofSeconds(5), "", (commands) -> {
				commands.set("greeting", "hello");
				return commands.get("greeting");
			});
			assertThat(value).isEqualTo("hello");
			String persistence = endpoint.withCommands(Duration.ofSeconds(5), "",
					(commands) -> commands.configGet("save").get("save") + "|"
							+ commands.configGet("appendonly").get("appendonly"));
			assertThat(persistence).isEqualTo("|no");
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> ProcessHandle.of(pid).map((p) -> !p.isAlive()).orElse(true));
		await().atMost(Duration.ofSeconds(10)).until(() -> Ports.isFree(port));
	}

	@Test
	void deleteKeysRemovesOnlyTheLiteralPrefixAcrossScanBatches() {
		try (RedisEngine engine = RedisEngine.embedded(0)) {
			RedisEndpoint endpoint = engine.endpoint();
			endpoint.withCommands(Duration.ofSeconds(10), "", (commands) -> {
				for (int i = 0; i < 1200; i++) {
					commands.set("t_a*:" + i, "x");
				}
				commands.set("t_ab:kept", "x");
				commands.set("other", "x");
				return null;
			});
			assertThat(endpoint.countKeys("t_a*:")).isEqualTo(1200);
			endpoint.deleteKeys("t_a*:");
			assertThat(endpoint.countKeys("t_a*:")).isZero();
			Long remaining = endpoint.withCommands(Duration.ofSeconds(5), "", RedisCommands::dbsize);
			assertThat(remaining).isEqualTo(2);
		}
	}

	@Test
	void emptyPrefixIsRefused() {
		RedisEndpoint endpoint = new RedisEndpoint("127.0.0.1", Ports.freePort());
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> endpoint.deleteKeys(""));
	}

	@Test
	void portInUseFailsBeforeStartingAnything() throws Exception {
		try (ServerSocket taken = new ServerSocket(0, 1, Ports.LOOPBACK)) {
			assertThatExceptionOfType(PortInUseException.class)
				.isThrownBy(() -> RedisEngine.embedded(taken.getLocalPort()))
				.withMessageContaining("SCALEMART_REDIS_PORT");
		}
	}

	@Test
	void closeTwiceIsHarmless() {
		RedisEngine engine = RedisEngine.embedded(0);
		engine.close();
		engine.close();
		assertThatExceptionOfType(EngineUnavailableException.class)
			.isThrownBy(() -> engine.endpoint().check(Duration.ofSeconds(2)));
	}

}
