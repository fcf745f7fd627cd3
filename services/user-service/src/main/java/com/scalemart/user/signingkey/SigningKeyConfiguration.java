package com.scalemart.user.signingkey;

import java.time.Clock;

import com.scalemart.platform.security.PlatformJwtValidators;
import com.scalemart.platform.security.SecurityPlatformProperties;
import com.scalemart.user.config.UserProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the key ring; it is loaded (and the first key created) as the context starts. */
@Configuration(proxyBeanMethods = false)
class SigningKeyConfiguration {

	@Bean
	SigningKeyRing signingKeyRing(JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
			UserProperties properties, SecurityPlatformProperties security) {
		SigningKeyRepository repository = new SigningKeyRepository(jdbc,
				new KeyEncryption(properties.signingKeys().encryptionKey()));
		SigningKeyRing ring = new SigningKeyRing(repository, transactions, clock,
				properties.signingKeys().rotationPeriod(), properties.accessTokenTtl().plus(security.clockSkew()));
		ring.refresh();
		return ring;
	}

	/**
	 * The user service verifies tokens against its own published keys, read from the ring
	 * rather than over HTTP, with the same pinned algorithm and claim checks as every
	 * other service.
	 */
	@Bean
	JwtDecoder jwtDecoder(SigningKeyRing ring, SecurityPlatformProperties properties) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(ring.verificationSource())
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.build();
		decoder.setJwtValidator(PlatformJwtValidators.of(properties));
		return decoder;
	}

}
