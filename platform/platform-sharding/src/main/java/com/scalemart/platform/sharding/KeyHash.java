package com.scalemart.platform.sharding;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;

/**
 * The 64-bit hash every {@link ShardSelector} places keys by: the first eight bytes
 * (little-endian) of MurmurHash3 x64 128 with seed 0.
 * <p>
 * Why this function: shard assignments outlive processes and releases, so the hash must
 * never change. Guava documents {@code murmur3_128} as a stable, specified function whose
 * output will not change between versions, and any other language's MurmurHash3 x64 128
 * gives the same bits, so a script or another service can compute a user's shard too. Its
 * 64-bit halves pass SMHasher's avalanche and distribution tests, which is what an even
 * ring needs. xxHash3 (zero-allocation-hashing) is faster and allocates nothing, but it
 * reads memory through {@code sun.misc.Unsafe}, whose memory access methods JDK 24+ warns
 * about and will remove; and Guava is here anyway for jump hashing. The cost is a small
 * allocation per hash, which escape analysis removes in most hot loops.
 * <p>
 * The encodings are fixed so that other implementations can match them: a string is
 * hashed as its UTF-8 bytes, a {@code long} as its eight little-endian bytes, and a
 * {@link UUID} as its sixteen bytes in the canonical big-endian order (as stored in a
 * {@code BINARY(16)} column).
 */
public final class KeyHash {

	private static final HashFunction MURMUR3 = Hashing.murmur3_128();

	private KeyHash() {
	}

	/**
	 * Hashes raw bytes.
	 * @param key the key's bytes
	 * @return the key's 64-bit hash
	 */
	public static long of(byte[] key) {
		return MURMUR3.hashBytes(key).asLong();
	}

	/**
	 * Hashes a string as its UTF-8 bytes.
	 * @param key the key
	 * @return the same hash as {@code of(key.getBytes(UTF_8))}
	 */
	public static long of(String key) {
		return MURMUR3.hashString(key, StandardCharsets.UTF_8).asLong();
	}

	/**
	 * Hashes a number as its eight little-endian bytes.
	 * @param key the key
	 * @return the key's 64-bit hash
	 */
	public static long of(long key) {
		return MURMUR3.hashLong(key).asLong();
	}

	/**
	 * Hashes a UUID as its sixteen big-endian bytes (most significant half first).
	 * @param key the key
	 * @return the key's 64-bit hash
	 */
	public static long of(UUID key) {
		byte[] bytes = ByteBuffer.allocate(16)
			.putLong(key.getMostSignificantBits())
			.putLong(key.getLeastSignificantBits())
			.array();
		return of(bytes);
	}

	/**
	 * The ring position of one virtual node: the hash of the node's id as UTF-8 followed
	 * by the virtual node's index as four little-endian bytes. The index has a fixed
	 * width, so two different (id, index) pairs never encode to the same bytes.
	 */
	static long virtualNode(String nodeId, int index) {
		return MURMUR3.newHasher().putString(nodeId, StandardCharsets.UTF_8).putInt(index).hash().asLong();
	}

}
