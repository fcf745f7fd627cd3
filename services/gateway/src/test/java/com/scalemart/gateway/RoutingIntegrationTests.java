package com.scalemart.gateway;

import java.util.UUID;

import com.scalemart.gateway.StubService.Reply;
import com.scalemart.platform.testkit.tokens.TestTokenIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests reach the right service through the load balancer with their path, method,
 * headers and body; the service's status, headers and body come back unchanged; request
 * ids and forwarded headers are set at the edge; what the gateway answers itself is a
 * problem detail.
 */
@GatewayIntegrationTest
class RoutingIntegrationTests {

	static final StubService users = StubService.start();

	static final StubService catalog = StubService.start();

	@LocalServerPort
	int port;

	WebTestClient client;

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
	void setUp() {
		this.client = GatewayClient.to(this.port);
		users.reset();
		catalog.reset();
		users.answer((request) -> Reply.json(200, "{\"service\":\"users\"}"));
		catalog.answer((request) -> Reply.json(200, "{\"service\":\"catalog\"}"));
	}

	@Test
	void theResponseNamesTheGatewayAndTheServiceInstanceThatServedIt() {
		catalog.answer((request) -> new Reply(200,
				java.util.Map.of("Content-Type", "application/json", "X-Served-By", "catalog-2"), "{\"id\":1}"));
		this.client.get()
			.uri("/api/products/1")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Served-By", "gateway-test, catalog-2");
		this.client.get()
			.uri("/api/ping")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Served-By", "gateway-test");
	}

	@Test
	void productReadsGoToTheCatalogWithPathQueryAndHeaders() {
		catalog.answer((request) -> new Reply(200, java.util.Map.of("Content-Type", "application/json", "ETag",
				"\"v7\"", "X-Cache", "L1", "Cache-Control", "max-age=60"), "{\"id\":42}"));
		EntityExchangeResult<byte[]> result = this.client.get()
			.uri("/api/products/42?fields=name")
			.header(HttpHeaders.IF_NONE_MATCH, "\"v6\"")
			.header("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"v7\"")
			.expectHeader()
			.valueEquals("X-Cache", "L1")
			.expectBody()
			.returnResult();
		assertThat(GatewayClient.json(result).get("id").asInt()).isEqualTo(42);
		assertThat(result.getResponseHeaders().getCacheControl()).isEqualTo("max-age=60");
		StubService.Received received = catalog.last();
		assertThat(received.method()).isEqualTo("GET");
		assertThat(received.path()).isEqualTo("/api/products/42");
		assertThat(received.query()).isEqualTo("fields=name");
		assertThat(received.header(HttpHeaders.IF_NONE_MATCH)).isEqualTo("\"v6\"");
		assertThat(received.header("traceparent")).isEqualTo("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
		assertThat(users.received()).isEmpty();
	}

	@Test
	void registrationGoesToTheUserServiceWithItsBodyAndTheServiceStatusComesBack() {
		users.answer((request) -> new Reply(201,
				java.util.Map.of("Content-Type", "application/json", "Location", "/api/users/7"), "{\"id\":\"7\"}"));
		String body = "{\"email\":\"ada@example.com\",\"password\":\"correct-Horse-42-battery\"}";
		this.client.post()
			.uri("/api/users")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals(HttpHeaders.LOCATION, "/api/users/7");
		StubService.Received received = users.last();
		assertThat(received.method()).isEqualTo("POST");
		assertThat(received.path()).isEqualTo("/api/users");
		assertThat(received.body()).isEqualTo(body);
		assertThat(received.header(HttpHeaders.CONTENT_TYPE)).startsWith("application/json");
	}

	@Test
	void authAndKeysGoToTheUserService() {
		this.client.post()
			.uri("/api/auth/login")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isOk();
		this.client.get().uri("/.well-known/jwks.json").exchange().expectStatus().isOk();
		assertThat(users.received()).extracting(StubService.Received::path)
			.containsExactly("/api/auth/login", "/.well-known/jwks.json");
	}

	@Test
	void errorsOfTheServicePassThroughUnchanged() {
		catalog.answer((request) -> new Reply(404, java.util.Map.of("Content-Type", "application/problem+json"),
				"{\"type\":\"https://scalemart.dev/problems/not-found\",\"status\":404}"));
		EntityExchangeResult<byte[]> result = this.client.get()
			.uri("/api/categories/nope")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.returnResult();
		assertThat(GatewayClient.json(result).get("type").asString()).endsWith("/not-found");
	}

	@Test
	void aRequestIdIsGivenWhenMissingAndPassedOnAndBack() {
		EntityExchangeResult<byte[]> result = this.client.get()
			.uri("/api/products")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult();
		String given = result.getResponseHeaders().getFirst("X-Request-Id");
		assertThat(given).isNotBlank();
		assertThat(result.getResponseHeaders().get("X-Request-Id")).hasSize(1);
		assertThat(catalog.last().header("X-Request-Id")).isEqualTo(given);
	}

	@Test
	void aWellFormedRequestIdIsKeptAndAMalformedOneReplaced() {
		this.client.get()
			.uri("/api/products")
			.header("X-Request-Id", "edge-1234:abc")
			.exchange()
			.expectHeader()
			.valueEquals("X-Request-Id", "edge-1234:abc");
		assertThat(catalog.last().header("X-Request-Id")).isEqualTo("edge-1234:abc");

		EntityExchangeResult<byte[]> result = this.client.get()
			.uri("/api/products")
			.header("X-Request-Id", "bad id\" with <script>")
			.exchange()
			.expectBody()
			.returnResult();
		String replaced = result.getResponseHeaders().getFirst("X-Request-Id");
		assertThat(replaced).matches("[A-Za-z0-9._:-]{1,64}");
		assertThat(catalog.last().header("X-Request-Id")).isEqualTo(replaced);
	}

	@Test
	void forwardedHeadersNameTheClientAndAClientCannotSmuggleItsOwnThroughAnUntrustedPeer() {
		// 127.0.0.1 is a trusted proxy by default: what it forwards is kept
		this.client.get()
			.uri("/api/products")
			.header("X-Forwarded-For", "203.0.113.9")
			.header("X-Forwarded-Proto", "https")
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(catalog.last().header("X-Forwarded-For")).isEqualTo("203.0.113.9, 127.0.0.1");
		assertThat(catalog.last().header("X-Forwarded-Proto")).isEqualTo("https");
		assertThat(catalog.last().header("X-Forwarded-Host")).isEqualTo("127.0.0.1:" + this.port);

		// 127.0.0.2 is not: its headers are replaced by what the gateway saw
		GatewayClient.from("127.0.0.2", this.port)
			.get()
			.uri("/api/products")
			.header("X-Forwarded-For", "198.51.100.1")
			.header("X-Forwarded-Proto", "https")
			.header("Forwarded", "for=198.51.100.1")
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(catalog.last().header("X-Forwarded-For")).isEqualTo("127.0.0.2");
		assertThat(catalog.last().header("X-Forwarded-Proto")).isEqualTo("http");
		assertThat(catalog.last().header("Forwarded")).isNull();
	}

	@Test
	void aValidTokenReachesTheServiceUnchanged() {
		String token = TestTokenIssuer.shared().token(UUID.randomUUID().toString(), "USER");
		this.client.get()
			.uri("/api/users/me")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(users.last().header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + token);
	}

	@Test
	void protectedRoutesNeedAToken() {
		EntityExchangeResult<byte[]> result = this.client.get()
			.uri("/api/users/me")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.returnResult();
		assertThat(result.getResponseHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
		JsonNode problem = GatewayClient.json(result);
		assertThat(problem.get("type").asString()).endsWith("/authentication-required");
		assertThat(problem.get("requestId").asString()).isEqualTo(result.getResponseHeaders().getFirst("X-Request-Id"));
		// writes to the catalog are for administrators: the edge asks for a token
		this.client.post()
			.uri("/api/products")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isUnauthorized();
		assertThat(users.received()).isEmpty();
		assertThat(catalog.received()).isEmpty();
	}

	@Test
	void pingIsAnsweredByTheGatewayAndCatalogPingByTheCatalog() {
		this.client.get().uri("/api/ping").exchange().expectStatus().isOk().expectBody().json("{\"pong\":true}");
		assertThat(catalog.received()).isEmpty();
		this.client.get().uri("/api/catalog-ping").exchange().expectStatus().isOk();
		assertThat(catalog.last().path()).isEqualTo("/api/ping");
	}

	@Test
	void anUnknownPathIsANotFoundProblem() {
		EntityExchangeResult<byte[]> result = this.client.get()
			.uri("/api/nothing-here")
			.header(HttpHeaders.AUTHORIZATION,
					"Bearer " + TestTokenIssuer.shared().token(UUID.randomUUID().toString(), "USER"))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.returnResult();
		assertThat(GatewayClient.json(result).get("type").asString()).endsWith("/not-found");
	}

	@Test
	void theFallbackCannotBeCalledFromOutside() {
		this.client.get().uri("/fallback/catalog-service").exchange().expectStatus().value((status) -> {
			assertThat(status).isIn(401, 403);
		});
	}

	@Test
	void probesAndMetricsAreServed() {
		this.client.get().uri("/api/products").exchange().expectStatus().isOk();
		this.client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
		this.client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
		EntityExchangeResult<byte[]> metrics = this.client.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult();
		String scrape = new String(metrics.getResponseBody(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(scrape).contains("spring_cloud_gateway_requests_seconds")
			.contains("resilience4j_circuitbreaker_state")
			.contains("scalemart_gateway_rate_limiter_decisions_total");
	}

}
