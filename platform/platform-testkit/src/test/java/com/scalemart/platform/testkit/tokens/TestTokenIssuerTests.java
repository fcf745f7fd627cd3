package com.scalemart.platform.testkit.tokens;

import java.time.Duration;

import com.scalemart.platform.security.PlatformJwtValidators;
import com.scalemart.platform.security.SecurityPlatformProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The issuer's tokens pass the platform's own decoder; every forged one fails it. */
class TestTokenIssuerTests {

	private static final TestTokenIssuer issuer = TestTokenIssuer.shared();

	private final NimbusJwtDecoder decoder = platformDecoder();

	@Test
	void aGenuineTokenIsAcceptedOverTheJwksEndpoint() {
		Jwt jwt = this.decoder.decode(issuer.token("user-1", "USER", "PREMIUM"));
		assertThat(jwt.getSubject()).isEqualTo("user-1");
		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("USER", "PREMIUM");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("forged")
	void everyForgedTokenIsRefused(ForgedToken forged) {
		assertThatExceptionOfType(JwtException.class).isThrownBy(() -> this.decoder.decode(forged.token()));
	}

	static Iterable<ForgedToken> forged() {
		return issuer.forgedTokens("user-1");
	}

	private static NimbusJwtDecoder platformDecoder() {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(issuer.jwksUri().toString())
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.build();
		decoder.setJwtValidator(PlatformJwtValidators.of(new SecurityPlatformProperties(TestTokenIssuer.ISSUER,
				TestTokenIssuer.AUDIENCE, issuer.jwksUri(), Duration.ofSeconds(30))));
		return decoder;
	}

}
