package com.scalemart.gateway;

import java.time.Duration;

import com.scalemart.platform.testkit.tokens.TestTokenIssuer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A service that is down is answered for quickly with a 503 problem; after enough
 * failures its breaker opens and calls are not even tried; when the service is back, the
 * breaker goes half-open, then closed, and requests succeed again.
 */
@GatewayIntegrationTest
@TestPropertySource(properties = { "scalemart.gateway.circuit-breaker.sliding-window-size=4",
		"scalemart.gateway.circuit-breaker.minimum-number-of-calls=4",
		"scalemart.gateway.circuit-breaker.wait-in-open-state=2s",
		"scalemart.gateway.circuit-breaker.permitted-calls-in-half-open-state=2" })
class CircuitBreakerIntegrationTests {

	static final StubService catalog = StubService.start();

	@LocalServerPort
	int port;

	@Autowired
	ReactiveResilience4JCircuitBreakerFactory breakers;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("spring.cloud.discovery.client.simple.instances.catalog-service[0].uri", catalog::uri);
		registry.add("scalemart.security.jwks-uri", () -> TestTokenIssuer.shared().jwksUri().toString());
	}

	@AfterAll
	static void stopStub() {
		catalog.close();
	}

	@Test
	void theBreakerOpensOnAServiceThatIsDownAndClosesWhenItIsBack() {
		catalog.stop();
		for (int i = 0; i < 4; i++) {
			long started = System.nanoTime();
			EntityExchangeResult<byte[]> result = getProduct();
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
			assertUnavailable(result);
		}
		CircuitBreaker breaker = this.breakers.getCircuitBreakerRegistry().circuitBreaker("catalog-service");
		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);

		// open: not even tried, and the client is told when to come back
		EntityExchangeResult<byte[]> whileOpen = getProduct();
		assertUnavailable(whileOpen);
		assertThat(whileOpen.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("2");

		catalog.restart();
		await().atMost(Duration.ofSeconds(5)).until(() -> breaker.getState() == CircuitBreaker.State.HALF_OPEN);
		for (int i = 0; i < 2; i++) {
			assertThat(getProduct().getStatus().value()).isEqualTo(200);
		}
		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(getProduct().getStatus().value()).isEqualTo(200);
	}

	@Test
	void aServiceWithoutAnyInstanceIsUnavailableAtOnce() {
		long started = System.nanoTime();
		EntityExchangeResult<byte[]> result = GatewayClient.to(this.port)
			.post()
			.uri("/api/users")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectBody()
			.returnResult();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
		assertUnavailable(result);
	}

	private EntityExchangeResult<byte[]> getProduct() {
		return GatewayClient.to(this.port).get().uri("/api/products/1").exchange().expectBody().returnResult();
	}

	private static void assertUnavailable(EntityExchangeResult<byte[]> result) {
		assertThat(result.getStatus().value()).isEqualTo(503);
		assertThat(result.getResponseHeaders().getContentType()).isNotNull()
			.matches((type) -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		JsonNode problem = GatewayClient.json(result);
		assertThat(problem.get("type").asString()).isEqualTo("https://scalemart.dev/problems/service-unavailable");
		assertThat(problem.get("requestId").asString()).isNotBlank();
	}

}
