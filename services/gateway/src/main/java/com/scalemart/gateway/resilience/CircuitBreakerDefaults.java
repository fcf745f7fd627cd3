package com.scalemart.gateway.resilience;

import com.scalemart.gateway.config.EdgeProperties;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The breaker each route's {@code CircuitBreaker} filter creates (one per service). Only
 * errors count as failures (refused connections, timeouts), not the statuses a service
 * answers with: a 503 the user service sends on purpose must reach the client as it is.
 * An open breaker turns half-open by itself after the wait, so that its state tells the
 * truth even when no traffic comes.
 */
@Configuration(proxyBeanMethods = false)
class CircuitBreakerDefaults {

	@Bean
	Customizer<ReactiveResilience4JCircuitBreakerFactory> defaultCircuitBreaker(EdgeProperties properties) {
		EdgeProperties.CircuitBreaker settings = properties.circuitBreaker();
		CircuitBreakerConfig breaker = CircuitBreakerConfig.custom()
			.failureRateThreshold(settings.failureRateThreshold())
			.slidingWindowSize(settings.slidingWindowSize())
			.minimumNumberOfCalls(settings.minimumNumberOfCalls())
			.waitDurationInOpenState(settings.waitInOpenState())
			.permittedNumberOfCallsInHalfOpenState(settings.permittedCallsInHalfOpenState())
			.automaticTransitionFromOpenToHalfOpenEnabled(true)
			.build();
		TimeLimiterConfig timeLimiter = TimeLimiterConfig.custom().timeoutDuration(settings.timeout()).build();
		return (factory) -> factory
			.configureDefault((id) -> new Resilience4JConfigBuilder(id).circuitBreakerConfig(breaker)
				.timeLimiterConfig(timeLimiter)
				.build());
	}

}
