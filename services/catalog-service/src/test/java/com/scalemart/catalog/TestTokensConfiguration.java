package com.scalemart.catalog;

import com.scalemart.platform.testkit.tokens.TestTokenIssuer;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** Points the catalog at the test token issuer's JWKS, over HTTP as in production. */
@TestConfiguration(proxyBeanMethods = false)
public class TestTokensConfiguration {

	@Bean
	DynamicPropertyRegistrar testTokenIssuerJwks() {
		return (registry) -> registry.add("scalemart.security.jwks-uri",
				() -> TestTokenIssuer.shared().jwksUri().toString());
	}

}
