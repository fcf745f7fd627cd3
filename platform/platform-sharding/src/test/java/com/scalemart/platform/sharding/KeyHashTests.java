package com.scalemart.platform.sharding;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeyHashTests {

	// Expected values from an independent implementation of MurmurHash3_x64_128 (seed 0):
	// h1 of the reference algorithm, which is what the first eight bytes read as a
	// little-endian long are. If one of these changes, every stored key moves shard.

	@Test
	void matchesTheReferenceMurmur3() {
		assertThat(KeyHash.of("hello".getBytes(StandardCharsets.US_ASCII))).isEqualTo(0xcbd8a7b341bd9b02L);
		assertThat(KeyHash.of("The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo(0xe34bbc7bbc071b6cL);
		assertThat(KeyHash.of(new byte[0])).isZero();
	}

	@Test
	void hashesAStringAsItsUtf8Bytes() {
		assertThat(KeyHash.of("user-42")).isEqualTo(0x4d32de269f8ffaa2L);
		String nonAscii = "사용자-ümlaut-€";
		assertThat(KeyHash.of(nonAscii)).isEqualTo(KeyHash.of(nonAscii.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void hashesALongAsItsLittleEndianBytes() {
		byte[] bytes = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(42).array();
		assertThat(KeyHash.of(42L)).isEqualTo(KeyHash.of(bytes)).isEqualTo(-5283633198602748424L);
	}

	@Test
	void hashesAUuidAsItsBigEndianBytes() {
		UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
		byte[] bytes = ByteBuffer.allocate(16)
			.putLong(id.getMostSignificantBits())
			.putLong(id.getLeastSignificantBits())
			.array();
		assertThat(KeyHash.of(id)).isEqualTo(KeyHash.of(bytes)).isEqualTo(-44119901388393997L);
	}

	@Test
	void everySelectorPlacesAKeyByItsKeyHash() {
		ShardSelector<String> ring = ConsistentHashRing.of(Keys.nodes(5), 64);
		UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
		assertThat(ring.nodeFor(id)).isEqualTo(ring.nodeForHash(KeyHash.of(id)));
		assertThat(ring.nodeFor("user-42")).isEqualTo(ring.nodeForHash(KeyHash.of("user-42")));
		assertThat(ring.nodeFor(42L)).isEqualTo(ring.nodeForHash(KeyHash.of(42L)));
		assertThat(ring.nodeFor(new byte[] { 1, 2 })).isEqualTo(ring.nodeForHash(KeyHash.of(new byte[] { 1, 2 })));
	}

	@Test
	void virtualNodePositionsDifferByIdAndIndex() {
		assertThat(KeyHash.virtualNode("a", 0)).isNotEqualTo(KeyHash.virtualNode("a", 1))
			.isNotEqualTo(KeyHash.virtualNode("b", 0))
			.isEqualTo(KeyHash.virtualNode("a", 0));
	}

}
