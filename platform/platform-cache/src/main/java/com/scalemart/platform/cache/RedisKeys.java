package com.scalemart.platform.cache;

import java.nio.charset.StandardCharsets;

/**
 * The Redis names of one cache. A key's value, version and lock share a hash tag
 * ({@code {key}}), so the scripts that touch two of them stay on one slot of a cluster.
 *
 * <pre>
 * &lt;prefix&gt;cache:&lt;name&gt;:{&lt;key&gt;}:v      the value (or the absent marker)
 * &lt;prefix&gt;cache:&lt;name&gt;:{&lt;key&gt;}:ver    a counter bumped by every write and invalidation
 * &lt;prefix&gt;cache:&lt;name&gt;:{&lt;key&gt;}:lock   held by the instance loading the key
 * &lt;prefix&gt;cache:&lt;name&gt;:invalidations   the pub/sub channel
 * </pre>
 */
final class RedisKeys {

	private final String base;

	RedisKeys(String keyPrefix, String cacheName) {
		this.base = keyPrefix + "cache:" + cacheName + ":";
	}

	byte[] value(String key) {
		return bytes(this.base + "{" + key + "}:v");
	}

	byte[] version(String key) {
		return bytes(this.base + "{" + key + "}:ver");
	}

	byte[] lock(String key) {
		return bytes(this.base + "{" + key + "}:lock");
	}

	String channel() {
		return this.base + "invalidations";
	}

	String pattern() {
		return this.base + "*";
	}

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
