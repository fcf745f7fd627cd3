package com.scalemart.gateway.config;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code scalemart.gateway}.
 *
 * @param trustedProxies addresses or CIDR ranges of the proxies (NGINX) whose
 * {@code X-Forwarded-For} entries are believed
 * @param cors cross-origin access for the storefront
 * @param rateLimiter how the Redis rate limiter behaves when Redis does not answer
 * @param circuitBreaker the circuit breaker every route gets
 */
@ConfigurationProperties("scalemart.gateway")
public record EdgeProperties(@DefaultValue( {
		"127.0.0.1/32", "::1/128" }) List<String> trustedProxies, @DefaultValue Cors cors,
		@DefaultValue RateLimiter rateLimiter, @DefaultValue CircuitBreaker circuitBreaker){

	/**
	 * Cross-origin access.
	 *
	 * @param allowedOrigins the storefront origins that may call the API from a browser
	 */
	public record Cors(@DefaultValue("http://localhost:5173") List<String> allowedOrigins) {
	}

	/**
	 * The rate limiter's dependence on Redis.
	 *
	 * @param redisTimeout how long a decision may wait for Redis before the request is
	 * let through
	 * @param failOpenLogInterval at most one warning per interval while Redis is down
	 */
	public record RateLimiter(@DefaultValue("500ms") Duration redisTimeout,
			@DefaultValue("30s") Duration failOpenLogInterval) {
	}

	/**
	 * The circuit breaker of every route (one breaker per service).
	 *
	 * @param failureRateThreshold percentage of failed calls that opens the breaker
	 * @param slidingWindowSize how many recent calls the rate is computed over
	 * @param minimumNumberOfCalls calls needed before the rate is computed at all
	 * @param waitInOpenState how long an open breaker refuses calls before it tries again
	 * @param permittedCallsInHalfOpenState trial calls that decide whether it closes
	 * @param timeout the longest a call may take, retries included
	 */
	public record CircuitBreaker(@DefaultValue("50") float failureRateThreshold,
			@DefaultValue("20") int slidingWindowSize, @DefaultValue("10") int minimumNumberOfCalls,
			@DefaultValue("10s") Duration waitInOpenState, @DefaultValue("3") int permittedCallsInHalfOpenState,
			@DefaultValue("3s") Duration timeout) {
	}

}
