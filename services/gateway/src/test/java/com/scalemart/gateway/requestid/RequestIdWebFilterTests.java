package com.scalemart.gateway.requestid;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdWebFilterTests {

	@Test
	void aWellFormedIdIsKept() {
		assertThat(RequestIdWebFilter.wellFormedOrNew("nginx-1.2:abc_9")).isEqualTo("nginx-1.2:abc_9");
	}

	@Test
	void aMissingOrMalformedIdIsReplaced() {
		assertThat(RequestIdWebFilter.wellFormedOrNew(null)).hasSize(36);
		assertThat(RequestIdWebFilter.wellFormedOrNew("")).hasSize(36);
		assertThat(RequestIdWebFilter.wellFormedOrNew("a b")).hasSize(36);
		assertThat(RequestIdWebFilter.wellFormedOrNew("x".repeat(65))).hasSize(36);
		assertThat(RequestIdWebFilter.wellFormedOrNew("id\r\nX-Injected: 1")).doesNotContain("\n");
	}

}
