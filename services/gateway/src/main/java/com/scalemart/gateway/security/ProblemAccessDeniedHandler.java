package com.scalemart.gateway.security;

import com.scalemart.gateway.problem.ProblemResponses;
import com.scalemart.platform.web.ProblemType;
import reactor.core.publisher.Mono;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;

/** Answers a request the edge refuses whatever the token (an internal path) with 403. */
final class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

	private final ProblemResponses problems;

	ProblemAccessDeniedHandler(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
		return this.problems.write(exchange, ProblemType.FORBIDDEN, "You may not do this.");
	}

}
