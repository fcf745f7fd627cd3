package com.scalemart.platform.cache;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * The bytes stored under a value key: one marker byte, then the codec's bytes. The marker
 * tells a value from the "absent" entry of negative caching, which has no body.
 */
final class L2Payload {

	private static final byte VALUE = 'V';

	private static final byte ABSENT = 'N';

	private static final byte[] ABSENT_BYTES = { ABSENT };

	private L2Payload() {
	}

	static byte[] absent() {
		return ABSENT_BYTES.clone();
	}

	static byte[] value(byte[] body) {
		byte[] payload = new byte[body.length + 1];
		payload[0] = VALUE;
		System.arraycopy(body, 0, payload, 1, body.length);
		return payload;
	}

	static boolean isAbsent(byte[] payload) {
		return payload.length == 1 && payload[0] == ABSENT;
	}

	/**
	 * The codec's bytes of a value payload.
	 * @param payload what was read
	 * @return the body, or {@code null} if the payload is not one this class wrote
	 */
	static byte @Nullable [] body(byte[] payload) {
		if (payload.length == 0 || payload[0] != VALUE) {
			return null;
		}
		return Arrays.copyOfRange(payload, 1, payload.length);
	}

}
