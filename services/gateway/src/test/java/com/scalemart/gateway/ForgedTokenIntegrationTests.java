package com.scalemart.gateway;

import java.util.List;
import java.util.UUID;

import com.scalemart.platform.testkit.tokens.ForgedToken;
import com.scalemart.platform.testkit.tokens.TestTokenIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every forged token is refused at the edge with 401 and never reaches a service, on a
 * protected route and on a public one alike.
 */
@GatewayIntegrationTest
class ForgedTokenIntegrationTests {

	static final StubService users = StubService.start();

	static final StubService catalog = StubService.start();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("spring.cloud.discovery.client.simple.instances.user-service[0].uri", users::uri);
		registry.add("spring.cloud.discovery.client.simple.instances.catalog-service[0].uri", catalog::uri);
		registry.add("scalemart.security.jwks-uri", () -> TestTokenIssuer.shared().jwksUri().toString());
	}

	static List<ForgedToken> forgedTokens() {
		return TestTokenIssuer.shared().forgedTokens(UUID.randomUUID().toString());
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

	@ParameterizedTest(name = "{0}")
	@MethodSource("forgedTokens")
	void isRefusedOnAProtectedRoute(ForgedToken forged) {
		assertRefused(get("/api/users/me", forged));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("forgedTokens")
	void isRefusedOnAPublicRouteToo(ForgedToken forged) {
		assertRefused(get("/api/products/1", forged));
	}

	private EntityExchangeResult<byte[]> get(String path, ForgedToken forged) {
		return GatewayClient.to(this.port)
			.get()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + forged.token())
			.exchange()
			.expectBody()
			.returnResult();
	}

	private static void assertRefused(EntityExchangeResult<byte[]> result) {
		assertThat(result.getStatus().value()).isEqualTo(401);
		assertThat(result.getResponseHeaders().getContentType()).isNotNull()
			.matches((type) -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(result.getResponseHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).contains("invalid_token");
		assertThat(GatewayClient.json(result).get("type").asString()).endsWith("/invalid-token");
		assertThat(users.received()).isEmpty();
		assertThat(catalog.received()).isEmpty();
	}

}
