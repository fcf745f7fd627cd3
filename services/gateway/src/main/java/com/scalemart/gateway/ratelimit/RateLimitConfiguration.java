package com.scalemart.gateway.ratelimit;

import com.scalemart.gateway.config.EdgeProperties;
import com.scalemart.gateway.network.ClientAddresses;
import com.scalemart.gateway.problem.ProblemResponses;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/** The Redis rate limiter and the route filter that applies it. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	@Bean
	RedisTokenBucket redisTokenBucket(ReactiveStringRedisTemplate redis, EdgeProperties properties,
			MeterRegistry meterRegistry, @Value("${scalemart.redis.key-prefix:scalemart:}") String keyPrefix) {
		FailOpenReporter reporter = new FailOpenReporter(meterRegistry, properties.rateLimiter().failOpenLogInterval());
		return new RedisTokenBucket(redis, keyPrefix, properties.rateLimiter().redisTimeout(), reporter);
	}

	@Bean
	RateLimitGatewayFilterFactory rateLimitGatewayFilterFactory(RedisTokenBucket buckets,
			ClientAddresses clientAddresses, ProblemResponses problems, MeterRegistry meterRegistry) {
		return new RateLimitGatewayFilterFactory(buckets, clientAddresses, problems, meterRegistry);
	}

}
