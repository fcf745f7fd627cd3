package com.scalemart.user.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.scalemart.platform.security.RolesClaimConverter;
import com.scalemart.platform.security.SecurityPlatformProperties;
import com.scalemart.user.account.User;
import com.scalemart.user.config.UserProperties;
import com.scalemart.user.signingkey.SigningKeyRing;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/**
 * Signs access tokens with the ring's current key. A token names its user ({@code sub}),
 * roles, issuer, audience and a short expiry, and nothing personal: tokens end up in
 * logs.
 */
@Component
class AccessTokenIssuer {

	private final SigningKeyRing ring;

	private final NimbusJwtEncoder encoder;

	private final Clock clock;

	private final Duration ttl;

	private final SecurityPlatformProperties security;

	AccessTokenIssuer(SigningKeyRing ring, Clock clock, UserProperties properties,
			SecurityPlatformProperties security) {
		this.ring = ring;
		this.encoder = new NimbusJwtEncoder(ring.signingSource());
		this.clock = clock;
		this.ttl = properties.accessTokenTtl();
		this.security = security;
	}

	String issue(User user) {
		Instant now = this.clock.instant();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(this.security.issuer())
			.audience(List.of(this.security.audience()))
			.subject(user.id().toString())
			.issuedAt(now)
			.notBefore(now)
			.expiresAt(now.plus(this.ttl))
			.id(UUID.randomUUID().toString())
			.claim(RolesClaimConverter.ROLES_CLAIM, user.roles().stream().map(Enum::name).sorted().toList())
			.build();
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256)
			.keyId(this.ring.current().kid())
			.type("JWT")
			.build();
		return this.encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
	}

	Duration ttl() {
		return this.ttl;
	}

}
