package com.scalemart.platform.cache;

/**
 * Turns values into the bytes stored in Redis and back. Implementations are thread-safe.
 *
 * @param <V> the value type
 * @see JsonValueCodec
 */
public interface ValueCodec<V> {

	/**
	 * Encodes a value.
	 * @param value the value
	 * @return its bytes
	 */
	byte[] encode(V value);

	/**
	 * Decodes bytes this codec encoded.
	 * @param bytes the bytes
	 * @return the value
	 * @throws RuntimeException if the bytes are not a value of this codec (the cache then
	 * treats the entry as missing)
	 */
	V decode(byte[] bytes);

}
