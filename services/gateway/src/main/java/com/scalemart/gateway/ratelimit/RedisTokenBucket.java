package com.scalemart.gateway.ratelimit;

import java.time.Duration;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Token buckets kept in Redis, so that every gateway instance counts against the same
 * limit. The refill and the take happen in one script, on Redis' clock: no race between
 * instances, no dependence on their clocks. Keys live under the platform's key prefix and
 * expire once a bucket would be full again.
 */
class RedisTokenBucket {

	// KEYS[1] the bucket; ARGV: tokens per ms, capacity, tokens requested.
	// Returns {allowed (1/0), milliseconds until enough tokens, tokens left}.
	private static final String SCRIPT = """
			local rate = tonumber(ARGV[1])
			local capacity = tonumber(ARGV[2])
			local requested = tonumber(ARGV[3])
			local time = redis.call('TIME')
			local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
			local state = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
			local tokens = tonumber(state[1]) or capacity
			local ts = tonumber(state[2]) or now
			tokens = math.min(capacity, tokens + math.max(0, now - ts) * rate)
			local allowed = 0
			local wait = 0
			if tokens >= requested then
			  tokens = tokens - requested
			  allowed = 1
			else
			  wait = math.ceil((requested - tokens) / rate)
			end
			redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', now)
			redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / rate) + 1000)
			return { allowed, wait, math.floor(tokens) }
			""";

	@SuppressWarnings("rawtypes")
	private static final RedisScript<List> TOKEN_BUCKET = RedisScript.of(SCRIPT, List.class);

	private final ReactiveStringRedisTemplate redis;

	private final String keyPrefix;

	private final Duration timeout;

	private final FailOpenReporter failOpenReporter;

	RedisTokenBucket(ReactiveStringRedisTemplate redis, String keyPrefix, Duration timeout,
			FailOpenReporter failOpenReporter) {
		this.redis = redis;
		this.keyPrefix = keyPrefix + "gateway:rate-limit:";
		this.timeout = timeout;
		this.failOpenReporter = failOpenReporter;
	}

	/**
	 * Takes a token from the bucket of the key on the route. When Redis fails or is
	 * slower than the timeout, the request is allowed (and reported): an outage of the
	 * limiter's store must not take the whole API down.
	 */
	Mono<Decision> take(String routeId, String key, Limit limit) {
		List<String> keys = List.of(this.keyPrefix + routeId + ":" + key);
		List<String> args = List.of(Double.toString(limit.tokensPerMillisecond()),
				Integer.toString(limit.burstCapacity()), "1");
		return this.redis.execute(TOKEN_BUCKET, keys, args)
			.next()
			.map(RedisTokenBucket::decision)
			.timeout(this.timeout)
			.onErrorResume((ex) -> {
				this.failOpenReporter.failedOpen(ex);
				return Mono.just(Decision.FAILED_OPEN);
			});
	}

	private static Decision decision(List<?> result) {
		boolean allowed = ((Number) result.get(0)).longValue() == 1;
		if (allowed) {
			return new Decision(Decision.Outcome.ALLOWED, Duration.ZERO);
		}
		return new Decision(Decision.Outcome.DENIED, Duration.ofMillis(((Number) result.get(1)).longValue()));
	}

}
