package com.scalemart.gateway.security;

import com.scalemart.gateway.problem.ProblemResponses;
import com.scalemart.platform.web.ProblemType;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;

/**
 * Answers a missing or rejected token with 401, the {@code WWW-Authenticate} challenge of
 * RFC 6750 and a problem detail, as the services do. Why a token was rejected is not told
 * to the client. (Spring Security's bearer entry point completes the response itself, so
 * it could not carry a body; the challenge is written here.)
 */
final class ProblemEntryPoint implements ServerAuthenticationEntryPoint {

	static final String INVALID_TOKEN_CHALLENGE = "Bearer error=\"invalid_token\", "
			+ "error_description=\"The access token is not valid\", "
			+ "error_uri=\"https://tools.ietf.org/html/rfc6750#section-3.1\"";

	private final ProblemResponses problems;

	ProblemEntryPoint(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException exception) {
		boolean tokenRejected = exception instanceof OAuth2AuthenticationException;
		exchange.getResponse()
			.getHeaders()
			.set(HttpHeaders.WWW_AUTHENTICATE, tokenRejected ? INVALID_TOKEN_CHALLENGE : "Bearer");
		if (tokenRejected) {
			return this.problems.write(exchange, ProblemType.INVALID_TOKEN,
					"The bearer token is malformed, expired, or not signed by a trusted key.");
		}
		return this.problems.write(exchange, ProblemType.AUTHENTICATION_REQUIRED,
				"Send an access token: Authorization: Bearer <token>.");
	}

}
