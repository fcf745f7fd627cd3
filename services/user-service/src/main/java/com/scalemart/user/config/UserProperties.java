package com.scalemart.user.config;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code scalemart.user}.
 *
 * @param accessTokenTtl how long an access token is valid; it cannot be revoked before
 * @param refreshTokenTtl the longest a login lasts: a refresh-token family expires this
 * long after the login that started it, however often it was used
 * @param signingKeys the keys that sign access tokens
 * @param throttle login attempts allowed before answering 429
 * @param bootstrapAdmin the first administrator, created at start when absent
 */
@ConfigurationProperties("scalemart.user")
public record UserProperties(@DefaultValue("15m") Duration accessTokenTtl,
		@DefaultValue("14d") Duration refreshTokenTtl, @DefaultValue SigningKeys signingKeys,
		@DefaultValue Throttle throttle, @Nullable BootstrapAdmin bootstrapAdmin) {

	/**
	 * @param rotationPeriod how long one key signs before a new one replaces it
	 * @param refreshInterval how often an instance reloads the keys, to see those other
	 * instances created
	 * @param encryptionKey base64 of the 256-bit AES key that encrypts private keys at
	 * rest
	 */
	public record SigningKeys(@DefaultValue("24h") Duration rotationPeriod,
			@DefaultValue("30s") Duration refreshInterval, String encryptionKey) {
	}

	/**
	 * @param accountFailures failed logins per account within {@code accountWindow}
	 * @param accountWindow how long failed logins are remembered per account
	 * @param addressAttempts logins per client address within {@code addressWindow}
	 * @param addressWindow the window of {@code addressAttempts}
	 */
	public record Throttle(@DefaultValue("5") int accountFailures, @DefaultValue("15m") Duration accountWindow,
			@DefaultValue("30") int addressAttempts, @DefaultValue("1m") Duration addressWindow) {
	}

	public record BootstrapAdmin(@Nullable String email, @Nullable String password) {
	}

}
