package com.scalemart.gateway.resilience;

import java.util.concurrent.TimeoutException;

import com.scalemart.gateway.config.EdgeProperties;
import com.scalemart.gateway.problem.GatewayProblemTypes;
import com.scalemart.gateway.problem.ProblemResponses;
import com.scalemart.platform.web.ProblemType;
import com.scalemart.platform.web.Problems;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Where a route's circuit breaker forwards when the call failed, timed out, or was not
 * even tried because the breaker is open: a quick 503 (504 for a timeout) problem instead
 * of a hang or a raw 500. Clients cannot call it directly: the security rules deny
 * {@code /fallback/**}; the breaker forwards inside the gateway.
 */
@Configuration(proxyBeanMethods = false)
class FallbackRoutes {

	private static final Logger log = LoggerFactory.getLogger(FallbackRoutes.class);

	@Bean
	RouterFunction<ServerResponse> fallbackRoute(ProblemResponses problems, EdgeProperties properties) {
		long openSeconds = Math.max(1, properties.circuitBreaker().waitInOpenState().toSeconds());
		return RouterFunctions.route()
			.route((request) -> request.path().startsWith("/fallback/"),
					(request) -> fallback(request, problems, openSeconds))
			.build();
	}

	private static Mono<ServerResponse> fallback(ServerRequest request, ProblemResponses problems, long openSeconds) {
		String service = request.path().substring("/fallback/".length());
		Throwable cause = request.exchange()
			.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
		ProblemDetail problem;
		ServerResponse.BodyBuilder response;
		if (cause instanceof TimeoutException) {
			problem = Problems.of(GatewayProblemTypes.GATEWAY_TIMEOUT, "The " + service + " did not answer in time.");
			response = ServerResponse.status(problem.getStatus());
		}
		else if (cause instanceof CallNotPermittedException) {
			problem = Problems.of(ProblemType.SERVICE_UNAVAILABLE,
					"The " + service + " is failing; calls to it are paused. Try again shortly.");
			response = ServerResponse.status(problem.getStatus())
				.header(HttpHeaders.RETRY_AFTER, Long.toString(openSeconds));
		}
		else {
			problem = Problems.of(ProblemType.SERVICE_UNAVAILABLE,
					"The " + service + " cannot be reached right now. Try again shortly.");
			response = ServerResponse.status(problem.getStatus());
		}
		log.debug("Answered for {} with {}", service, problem.getStatus(), cause);
		return response.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyValue(problems.body(request.exchange(), problem));
	}

}
