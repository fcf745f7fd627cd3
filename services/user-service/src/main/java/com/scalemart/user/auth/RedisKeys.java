package com.scalemart.user.auth;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Names of this service's Redis keys, under the platform-wide prefix (tests give each
 * class its own prefix, so they never see each other's keys).
 */
@Component
class RedisKeys {

	private final String prefix;

	RedisKeys(@Value("${scalemart.redis.key-prefix:scalemart:}") String prefix) {
		this.prefix = prefix + "user:";
	}

	/**
	 * The family's id in braces is a hash tag: on a Redis Cluster all of a family's keys
	 * stay in one slot, as the rotation script needs.
	 */
	String refreshFamily(String familyId) {
		return this.prefix + "rtf:{" + familyId + "}";
	}

	String failedLogins(String accountDigest) {
		return this.prefix + "login-failures:" + accountDigest;
	}

	String loginAttempts(String clientAddress) {
		return this.prefix + "login-attempts:" + clientAddress;
	}

}
