package com.scalemart.user.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.scalemart.user.config.UserProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Refresh tokens, rotated on every use. A login starts a family; each refresh replaces
 * the family's one valid token with a new one. Presenting a token of the family that is
 * no longer the valid one means it was copied: the whole family is revoked, so the thief
 * and the owner both have to log in again (OAuth 2.0 Security BCP, refresh token
 * rotation).
 * <p>
 * A token is {@code <family id>.<secret>}; Redis holds only the SHA-256 of the valid
 * secret, in one hash per family that expires when the login does. The check and the swap
 * run in one Lua script, so two concurrent refreshes with the same token cannot both win.
 * Losing Redis loses the families, which only forces users to log in again.
 */
@Component
class RefreshTokenFamilies {

	enum Outcome {

		ROTATED, UNKNOWN, REVOKED, REUSED

	}

	/** The result of a refresh; {@code userId} and {@code token} are set when rotated. */
	record Rotation(Outcome outcome, @Nullable UUID userId, @Nullable String token) {
	}

	private static final Pattern FORMAT = Pattern.compile("([A-Za-z0-9_-]{22})\\.([A-Za-z0-9_-]{43})");

	private static final RedisScript<List> ROTATE = RedisScript.of("""
			if redis.call('EXISTS', KEYS[1]) == 0 then return {'UNKNOWN', ''} end
			local state = redis.call('HMGET', KEYS[1], 'current', 'revoked', 'user')
			if state[2] == '1' then return {'REVOKED', state[3]} end
			if state[1] ~= ARGV[1] then
			  redis.call('HSET', KEYS[1], 'revoked', '1')
			  return {'REUSED', state[3]}
			end
			redis.call('HSET', KEYS[1], 'current', ARGV[2])
			return {'ROTATED', state[3]}
			""", List.class);

	private static final RedisScript<Long> REVOKE = RedisScript.of("""
			if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
			redis.call('HSET', KEYS[1], 'revoked', '1')
			return 1
			""", Long.class);

	private final SecureRandom random = new SecureRandom();

	private final StringRedisTemplate redis;

	private final RedisKeys keys;

	private final Duration familyLifetime;

	RefreshTokenFamilies(StringRedisTemplate redis, RedisKeys keys, UserProperties properties) {
		this.redis = redis;
		this.keys = keys;
		this.familyLifetime = properties.refreshTokenTtl();
	}

	/** Starts a family for a new login and returns its first token. */
	String start(UUID userId) {
		String familyId = randomToken(16);
		String secret = randomToken(32);
		String key = this.keys.refreshFamily(familyId);
		this.redis.opsForHash()
			.putAll(key, Map.of("user", userId.toString(), "current", digest(secret), "revoked", "0"));
		this.redis.expire(key, this.familyLifetime);
		return familyId + "." + secret;
	}

	Rotation rotate(String presented) {
		var parts = FORMAT.matcher(presented);
		if (!parts.matches()) {
			return new Rotation(Outcome.UNKNOWN, null, null);
		}
		String nextSecret = randomToken(32);
		List<?> result = this.redis.execute(ROTATE, List.of(this.keys.refreshFamily(parts.group(1))),
				digest(parts.group(2)), digest(nextSecret));
		Outcome outcome = Outcome.valueOf(String.valueOf(result.get(0)));
		String user = String.valueOf(result.get(1));
		UUID userId = user.isEmpty() ? null : UUID.fromString(user);
		String token = (outcome == Outcome.ROTATED) ? parts.group(1) + "." + nextSecret : null;
		return new Rotation(outcome, userId, token);
	}

	/** Revokes the family of the token, whichever of its tokens it is. */
	void revoke(String presented) {
		var parts = FORMAT.matcher(presented);
		if (parts.matches()) {
			this.redis.execute(REVOKE, List.of(this.keys.refreshFamily(parts.group(1))));
		}
	}

	private String randomToken(int bytes) {
		byte[] raw = new byte[bytes];
		this.random.nextBytes(raw);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
	}

	static String digest(String secret) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

}
