package com.scalemart.platform.security;

import java.io.IOException;

import com.scalemart.platform.web.ProblemType;
import com.scalemart.platform.web.ProblemWriter;
import com.scalemart.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers a missing or rejected token with 401, the {@code WWW-Authenticate} header of
 * RFC 6750, and a problem detail. Why a token was rejected is not told to the client: the
 * log of the security filter has it.
 */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

	private final ProblemWriter problemWriter;

	ProblemAuthenticationEntryPoint(ProblemWriter problemWriter) {
		this.problemWriter = problemWriter;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		this.bearer.commence(request, response, exception);
		boolean tokenRejected = exception instanceof OAuth2AuthenticationException;
		ProblemType type = tokenRejected ? ProblemType.INVALID_TOKEN : ProblemType.AUTHENTICATION_REQUIRED;
		String detail = tokenRejected ? "The bearer token is malformed, expired, or not signed by a trusted key."
				: "Send an access token: Authorization: Bearer <token>.";
		this.problemWriter.write(response, Problems.of(type, detail));
	}

}
