package com.scalemart.platform.cache;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * One invalidation on the pub/sub channel: {@code <publish epoch millis> <instance id>
 * <key>}, UTF-8. The key comes last, so it may contain spaces.
 *
 * @param publishedAtMillis the publisher's wall clock when it published
 * @param instanceId the publishing cache instance, so that it can ignore its own messages
 * @param key the formatted key
 */
record InvalidationMessage(long publishedAtMillis, String instanceId, String key) {

	byte[] encode() {
		return (this.publishedAtMillis + " " + this.instanceId + " " + this.key).getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Decodes a message.
	 * @param body the message body
	 * @return the message, {@code null} if the body is not one
	 */
	static @Nullable InvalidationMessage decode(byte[] body) {
		String[] parts = new String(body, StandardCharsets.UTF_8).split(" ", 3);
		if (parts.length != 3 || parts[1].isEmpty()) {
			return null;
		}
		try {
			return new InvalidationMessage(Long.parseLong(parts[0]), parts[1], parts[2]);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
