package com.scalemart.user.auth;

import java.time.Duration;

/**
 * What a successful login or refresh returns.
 *
 * @param accessToken a JWT, sent as {@code Authorization: Bearer}
 * @param accessTokenTtl how long the access token is valid
 * @param refreshToken an opaque token, good for exactly one refresh
 */
public record TokenPair(String accessToken, Duration accessTokenTtl, String refreshToken) {

	@Override
	public String toString() {
		return "TokenPair[accessTokenTtl=" + this.accessTokenTtl + "]";
	}

}
