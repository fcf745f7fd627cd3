package com.scalemart.platform.security;

import java.util.List;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/** The claim checks every ScaleMart service applies after the signature has verified. */
public final class PlatformJwtValidators {

	private PlatformJwtValidators() {
	}

	public static OAuth2TokenValidator<Jwt> of(SecurityPlatformProperties properties) {
		OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
				(aud) -> aud != null && aud.contains(properties.audience()));
		// exp is required: a token without one would never expire.
		OAuth2TokenValidator<Jwt> expiry = new JwtClaimValidator<Object>(JwtClaimNames.EXP, (exp) -> exp != null);
		return new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(properties.clockSkew()), expiry,
				new JwtIssuerValidator(properties.issuer()), audience);
	}

}
