package com.scalemart.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.scalemart.platform.web.WebPlatformAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityPlatformAutoConfigurationTests {

	private final WebApplicationContextRunner servlet = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, WebPlatformAutoConfiguration.class,
				SecurityPlatformAutoConfiguration.class));

	@Test
	void aJwksUriGivesADecoderAndTheResourceServer() {
		this.servlet.withPropertyValues("scalemart.security.jwks-uri=http://127.0.0.1:1/.well-known/jwks.json")
			.run((context) -> {
				assertThat(context).hasSingleBean(JwtDecoder.class);
				assertThat(context).hasSingleBean(StatelessResourceServer.class);
			});
	}

	@Test
	void withoutAnyDecoderThereIsNoResourceServerToApply() {
		this.servlet.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(JwtDecoder.class);
			assertThat(context).doesNotHaveBean(StatelessResourceServer.class);
		});
	}

	@Test
	void aReactiveApplicationConfiguresItsOwn() {
		new ReactiveWebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(SecurityPlatformAutoConfiguration.class))
			.withPropertyValues("scalemart.security.jwks-uri=http://127.0.0.1:1/.well-known/jwks.json")
			.run((context) -> assertThat(context).doesNotHaveBean(JwtDecoder.class));
	}

	@Test
	void theValidatorsRefuseAnotherAudience() {
		SecurityPlatformProperties properties = new SecurityPlatformProperties("https://issuer", "scalemart", null,
				Duration.ofSeconds(30));
		Jwt jwt = Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.issuer("https://issuer")
			.audience(List.of("someone-else"))
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(60))
			.build();
		assertThat(PlatformJwtValidators.of(properties).validate(jwt).hasErrors()).isTrue();
	}

}
