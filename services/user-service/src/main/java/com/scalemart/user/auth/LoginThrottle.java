package com.scalemart.user.auth;

import java.time.Duration;
import java.util.List;

import com.scalemart.platform.web.ProblemException;
import com.scalemart.platform.web.ProblemType;
import com.scalemart.user.config.UserProperties;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, in Redis so that every instance counts together: each
 * client address gets a number of login attempts per window, and each account a number of
 * failed ones. Over either, logins answer 429 with {@code Retry-After} until the window
 * ends.
 * <p>
 * The account limit also lets anyone lock an account out for one window by failing on
 * purpose; the window is kept short for that reason. Accounts are keyed by a digest of
 * the email, so Redis holds no address in clear.
 */
@Component
class LoginThrottle {

	/**
	 * Counts one event in a fixed window; returns the count and the window's time left.
	 */
	private static final RedisScript<List> COUNT = RedisScript.of("""
			local count = redis.call('INCR', KEYS[1])
			if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
			return {count, redis.call('PTTL', KEYS[1])}
			""", List.class);

	private final StringRedisTemplate redis;

	private final RedisKeys keys;

	private final UserProperties.Throttle limits;

	LoginThrottle(StringRedisTemplate redis, RedisKeys keys, UserProperties properties) {
		this.redis = redis;
		this.keys = keys;
		this.limits = properties.throttle();
	}

	/**
	 * Counts a login attempt from this address and checks both limits.
	 * @throws ProblemException 429 when a limit is reached
	 */
	void checkAttempt(String clientAddress, String email) {
		List<?> attempts = this.redis.execute(COUNT, List.of(this.keys.loginAttempts(clientAddress)),
				Long.toString(this.limits.addressWindow().toMillis()));
		if (((Number) attempts.get(0)).longValue() > this.limits.addressAttempts()) {
			throw tooMany("Too many logins from your address.", ((Number) attempts.get(1)).longValue());
		}
		String failuresKey = this.keys.failedLogins(RefreshTokenFamilies.digest(email));
		String failures = this.redis.opsForValue().get(failuresKey);
		if (failures != null && Long.parseLong(failures) >= this.limits.accountFailures()) {
			Long left = this.redis.getExpire(failuresKey);
			throw tooMany("Too many failed logins for this account.", (left != null) ? left * 1000 : 1000);
		}
	}

	void recordFailure(String email) {
		this.redis.execute(COUNT, List.of(this.keys.failedLogins(RefreshTokenFamilies.digest(email))),
				Long.toString(this.limits.accountWindow().toMillis()));
	}

	void recordSuccess(String email) {
		this.redis.delete(this.keys.failedLogins(RefreshTokenFamilies.digest(email)));
	}

	private static ProblemException tooMany(String detail, long millisLeft) {
		return new ProblemException(ProblemType.RATE_LIMITED, detail + " Try again later.")
			.retryAfter(Duration.ofMillis(Math.max(millisLeft, 1000)));
	}

}
