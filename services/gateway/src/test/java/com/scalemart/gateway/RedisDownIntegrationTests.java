package com.scalemart.gateway;

import java.io.IOException;
import java.net.ServerSocket;

import com.scalemart.platform.testkit.tokens.TestTokenIssuer;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With Redis unreachable the limiter lets requests through (an outage of its store must
 * not take the API down) and says so: a counter per request, one warning per interval.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "eureka.client.enabled=false", "spring.cloud.loadbalancer.cache.enabled=false",
				"scalemart.gateway.rate-limiter.fail-open-log-interval=1h" })
@ExtendWith(OutputCaptureExtension.class)
class RedisDownIntegrationTests {

	static final StubService catalog = StubService.start();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("spring.cloud.discovery.client.simple.instances.catalog-service[0].uri", catalog::uri);
		registry.add("scalemart.security.jwks-uri", () -> TestTokenIssuer.shared().jwksUri().toString());
		registry.add("spring.data.redis.port", RedisDownIntegrationTests::closedPort);
	}

	@AfterAll
	static void stopStub() {
		catalog.close();
	}

	@Test
	void theLimiterFailsOpenAndSaysSo(@Autowired MeterRegistry meters, CapturedOutput output) {
		for (int i = 0; i < 3; i++) {
			GatewayClient.to(this.port).get().uri("/api/products/1").exchange().expectStatus().isOk();
		}
		assertThat(catalog.received()).hasSize(3);
		assertThat(meters.get("scalemart.gateway.rate.limiter.failed.open").counter().count()).isEqualTo(3);
		assertThat(
				meters.get("scalemart.gateway.rate.limiter.decisions").tag("outcome", "failed_open").counter().count())
			.isEqualTo(3);
		assertThat(output.getOut().split("Rate limiter failing open", -1)).hasSize(2);
	}

	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
