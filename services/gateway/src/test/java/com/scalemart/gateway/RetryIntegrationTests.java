package com.scalemart.gateway;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.scalemart.gateway.StubService.Reply;
import com.scalemart.platform.testkit.tokens.TestTokenIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads that fail for a moment are tried again and succeed; writes are never sent twice;
 * a service that does not answer in time is a 504 problem, not a hang.
 */
@GatewayIntegrationTest
@TestPropertySource(properties = "scalemart.gateway.circuit-breaker.timeout=1s")
class RetryIntegrationTests {

	static final StubService users = StubService.start();

	static final StubService catalog = StubService.start();

	// holds slow answers back; counted down after each test so the stub lets go
	final CountDownLatch release = new CountDownLatch(1);

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("spring.cloud.discovery.client.simple.instances.user-service[0].uri", users::uri);
		registry.add("spring.cloud.discovery.client.simple.instances.catalog-service[0].uri", catalog::uri);
		registry.add("scalemart.security.jwks-uri", () -> TestTokenIssuer.shared().jwksUri().toString());
	}

	@AfterAll
	static void stopStubs() {
		users.close();
		catalog.close();
	}

	@BeforeEach
	void reset() {
		users.reset();
		catalog.reset();
	}

	@AfterEach
	void release() {
		this.release.countDown();
	}

	@Test
	void aReadThatFailsOnceIsRetriedAndSucceeds() {
		AtomicInteger calls = new AtomicInteger();
		catalog.answer(
				(request) -> (calls.incrementAndGet() == 1) ? Reply.json(503, "{}") : Reply.json(200, "{\"id\":1}"));
		GatewayClient.to(this.port)
			.get()
			.uri("/api/products/1")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.json("{\"id\":1}");
		assertThat(catalog.received()).hasSize(2);
	}

	@Test
	void aWriteThatFailsIsNotRetried() {
		users.answer((request) -> Reply.json(503, "{\"type\":\"https://scalemart.dev/problems/service-unavailable\"}"));
		GatewayClient.to(this.port)
			.post()
			.uri("/api/users")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"email\":\"ada@example.com\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(503);
		assertThat(users.received()).hasSize(1);
	}

	@Test
	void aReadThatKeepsFailingIsTriedThreeTimesThenPassedOn() {
		catalog.answer((request) -> Reply.json(502, "{}"));
		GatewayClient.to(this.port).get().uri("/api/categories").exchange().expectStatus().isEqualTo(502);
		assertThat(catalog.received()).hasSize(3);
	}

	@Test
	void aServiceThatDoesNotAnswerInTimeIsAGatewayTimeoutProblem() {
		catalog.answer((request) -> {
			awaitRelease();
			return Reply.json(200, "{}");
		});
		long started = System.nanoTime();
		EntityExchangeResult<byte[]> result = GatewayClient.to(this.port)
			.get()
			.uri("/api/products/slow")
			.exchange()
			.expectBody()
			.returnResult();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
		assertThat(result.getStatus().value()).isEqualTo(504);
		assertThat(result.getResponseHeaders().getContentType()).isNotNull()
			.matches((type) -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(GatewayClient.json(result).get("type").asString()).endsWith("/gateway-timeout");
	}

	private void awaitRelease() {
		try {
			this.release.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
