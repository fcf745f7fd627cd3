package com.scalemart.user.auth.web;

import com.scalemart.user.auth.TokenPair;

/** Tokens as OAuth 2.0 clients expect them (RFC 6749, section 5.1), in camel case. */
record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken) {

	static TokenResponse of(TokenPair tokens) {
		return new TokenResponse(tokens.accessToken(), "Bearer", tokens.accessTokenTtl().toSeconds(),
				tokens.refreshToken());
	}

}
