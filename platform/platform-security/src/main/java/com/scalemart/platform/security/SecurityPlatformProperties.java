package com.scalemart.platform.security;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code scalemart.security}.
 *
 * @param issuer the {@code iss} every accepted token must carry
 * @param audience the value every accepted token's {@code aud} must contain
 * @param jwksUri where the platform's public keys are published; the only place keys are
 * ever fetched from (a token's {@code jku}, {@code x5u} or embedded {@code jwk} is never
 * followed). Not needed by the service that issues tokens.
 * @param clockSkew how far clocks may disagree when checking {@code exp} and {@code nbf}
 */
@ConfigurationProperties("scalemart.security")
public record SecurityPlatformProperties(@DefaultValue("https://auth.scalemart.dev") String issuer,
		@DefaultValue("scalemart") String audience, @Nullable URI jwksUri, @DefaultValue("30s") Duration clockSkew) {
}
