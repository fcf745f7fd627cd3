package com.scalemart.gateway.cors;

import java.time.Duration;
import java.util.List;

import com.scalemart.gateway.config.EdgeProperties;
import com.scalemart.gateway.problem.ProblemResponses;
import com.scalemart.platform.web.ProblemType;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsProcessor;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Lets the storefront's origins call the API from a browser, and refuses every other
 * origin with a 403 problem. It runs before the security filters, so a preflight (which
 * carries no token) is answered here.
 */
@Component
class StorefrontCorsFilter implements WebFilter, Ordered {

	private final CorsConfiguration configuration;

	private final CorsProcessor processor = new DefaultCorsProcessor();

	private final ProblemResponses problems;

	StorefrontCorsFilter(EdgeProperties properties, ProblemResponses problems) {
		this.configuration = configuration(properties.cors().allowedOrigins());
		this.problems = problems;
	}

	static CorsConfiguration configuration(List<String> allowedOrigins) {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOrigins(allowedOrigins);
		configuration.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
		configuration
			.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "If-None-Match", "X-Request-Id"));
		configuration.setExposedHeaders(List.of("ETag", "X-Cache", "X-Request-Id", "Retry-After", "Location"));
		// tokens travel in the Authorization header, never in cookies
		configuration.setAllowCredentials(false);
		configuration.setMaxAge(Duration.ofMinutes(30));
		return configuration;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		if (!CorsUtils.isCorsRequest(request)) {
			return chain.filter(exchange);
		}
		if (!this.processor.process(this.configuration, exchange)) {
			return this.problems.write(exchange, ProblemType.FORBIDDEN,
					"This origin, method or header may not be used across origins.");
		}
		if (CorsUtils.isPreFlightRequest(request)) {
			exchange.getResponse().setStatusCode(HttpStatus.OK);
			return exchange.getResponse().setComplete();
		}
		return chain.filter(exchange);
	}

}
