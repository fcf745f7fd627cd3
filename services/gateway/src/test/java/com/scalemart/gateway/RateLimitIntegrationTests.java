package com.scalemart.gateway;

import java.time.Duration;
import java.util.UUID;

import com.scalemart.platform.testkit.tokens.TestTokenIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Past the limit: 429, {@code Retry-After} and a problem, per user and per client
 * address; a spoofed {@code X-Forwarded-For} from a peer that is not a trusted proxy does
 * not buy a fresh limit; the bucket fills up again after a while.
 */
@GatewayIntegrationTest
class RateLimitIntegrationTests {

	static final StubService catalog = StubService.start();

	@LocalServerPort
	int port;

	@Value("${scalemart.redis.key-prefix}")
	String keyPrefix;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("spring.cloud.discovery.client.simple.instances.catalog-service[0].uri", catalog::uri);
		registry.add("scalemart.security.jwks-uri", () -> TestTokenIssuer.shared().jwksUri().toString());
		// 3 requests at once, then one every 2 seconds
		registry.add("scalemart.gateway.limits.catalog.replenish-rate", () -> "1");
		registry.add("scalemart.gateway.limits.catalog.replenish-period", () -> "2s");
		registry.add("scalemart.gateway.limits.catalog.burst-capacity", () -> "3");
	}

	@AfterAll
	static void stopStub() {
		catalog.close();
	}

	@Test
	void eachUserHasALimitOfTheirOwn(@Autowired StringRedisTemplate redis) {
		String alice = TestTokenIssuer.shared().token(UUID.randomUUID().toString(), "USER");
		String bob = TestTokenIssuer.shared().token(UUID.randomUUID().toString(), "USER");
		WebTestClient client = GatewayClient.to(this.port);
		for (int i = 0; i < 3; i++) {
			assertThat(get(client, alice, null).getStatus().value()).isEqualTo(200);
		}
		assertLimited(get(client, alice, null));
		// same address, another user: a bucket of their own
		assertThat(get(client, bob, null).getStatus().value()).isEqualTo(200);
		assertThat(redis.keys(this.keyPrefix + "gateway:rate-limit:catalog-service:user:*")).hasSize(2);
	}

	@Test
	void anonymousCallersAreLimitedByTheAddressTrustedProxiesVouchFor() {
		WebTestClient proxy = GatewayClient.to(this.port);
		for (int i = 0; i < 3; i++) {
			assertThat(get(proxy, null, "203.0.113.10").getStatus().value()).isEqualTo(200);
		}
		assertLimited(get(proxy, null, "203.0.113.10"));
		// 127.0.0.1 is a trusted proxy: the next client behind it has its own bucket
		assertThat(get(proxy, null, "203.0.113.11").getStatus().value()).isEqualTo(200);
	}

	@Test
	void aSpoofedForwardedForFromAnUntrustedPeerIsIgnored() {
		WebTestClient untrusted = GatewayClient.from("127.0.0.3", this.port);
		for (int i = 0; i < 3; i++) {
			assertThat(get(untrusted, null, "198.51.100." + i).getStatus().value()).isEqualTo(200);
		}
		assertLimited(get(untrusted, null, "198.51.100.99"));
	}

	@Test
	void theLimitRecoversAfterTheWindow() {
		WebTestClient client = GatewayClient.from("127.0.0.4", this.port);
		for (int i = 0; i < 3; i++) {
			get(client, null, null);
		}
		EntityExchangeResult<byte[]> limited = get(client, null, null);
		assertLimited(limited);
		long retryAfter = Long.parseLong(limited.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER));
		assertThat(retryAfter).isBetween(1L, 2L);
		await().atMost(Duration.ofSeconds(retryAfter + 2))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> get(client, null, null).getStatus().value() == 200);
	}

	private static EntityExchangeResult<byte[]> get(WebTestClient client, String token, String forwardedFor) {
		return client.get().uri("/api/products/1").headers((headers) -> {
			if (token != null) {
				headers.setBearerAuth(token);
			}
			if (forwardedFor != null) {
				headers.set("X-Forwarded-For", forwardedFor);
			}
		}).exchange().expectBody().returnResult();
	}

	private static void assertLimited(EntityExchangeResult<byte[]> result) {
		assertThat(result.getStatus().value()).isEqualTo(429);
		assertThat(result.getResponseHeaders().getContentType()).isNotNull()
			.matches((type) -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(result.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).matches("[1-9][0-9]*");
		JsonNode problem = GatewayClient.json(result);
		assertThat(problem.get("type").asString()).isEqualTo("https://scalemart.dev/problems/rate-limited");
		assertThat(problem.get("status").asInt()).isEqualTo(429);
	}

}
