package com.scalemart.gateway;

import com.scalemart.platform.testkit.tokens.TestTokenIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The storefront's origin may call the API from a browser; other origins may not. */
@GatewayIntegrationTest
class CorsIntegrationTests {

	static final StubService catalog = StubService.start();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("spring.cloud.discovery.client.simple.instances.catalog-service[0].uri", catalog::uri);
		registry.add("scalemart.security.jwks-uri", () -> TestTokenIssuer.shared().jwksUri().toString());
	}

	@AfterAll
	static void stopStub() {
		catalog.close();
	}

	@BeforeEach
	void reset() {
		catalog.reset();
	}

	@Test
	void aPreflightFromTheStorefrontIsAnswered() {
		GatewayClient.to(this.port)
			.options()
			.uri("/api/products/1")
			.header(HttpHeaders.ORIGIN, "http://localhost:5173")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "PUT")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "Authorization, If-Match, Content-Type")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:5173")
			.expectHeader()
			.value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, (methods) -> assertThat(methods).contains("PUT"))
			.expectHeader()
			.value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS,
					(headers) -> assertThat(headers.toLowerCase()).contains("authorization")
						.contains("if-match")
						.contains("content-type"));
		assertThat(catalog.received()).isEmpty();
	}

	@Test
	void aCrossOriginReadFromTheStorefrontExposesTheCachingHeaders() {
		GatewayClient.to(this.port)
			.get()
			.uri("/api/products/1")
			.header(HttpHeaders.ORIGIN, "http://localhost:5173")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:5173")
			.expectHeader()
			.value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
					(exposed) -> assertThat(exposed).contains("ETag")
						.contains("X-Cache")
						.contains("X-Request-Id")
						.contains("Retry-After")
						.contains("Location"));
	}

	@Test
	void anotherOriginIsRefusedWithAProblem() {
		GatewayClient.to(this.port)
			.options()
			.uri("/api/products/1")
			.header(HttpHeaders.ORIGIN, "https://evil.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		GatewayClient.to(this.port)
			.get()
			.uri("/api/products/1")
			.header(HttpHeaders.ORIGIN, "https://evil.example")
			.exchange()
			.expectStatus()
			.isForbidden();
		assertThat(catalog.received()).isEmpty();
	}

}
