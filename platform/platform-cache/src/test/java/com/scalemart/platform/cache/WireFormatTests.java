package com.scalemart.platform.cache;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WireFormatTests {

	@Test
	void invalidationMessagesRoundTripKeysWithSpaces() {
		InvalidationMessage message = new InvalidationMessage(1_234L, "instance-1", "a key with spaces");
		assertThat(InvalidationMessage.decode(message.encode())).isEqualTo(message);
	}

	@Test
	void malformedInvalidationMessagesDecodeToNull() {
		assertThat(InvalidationMessage.decode(bytes("nonsense"))).isNull();
		assertThat(InvalidationMessage.decode(bytes("notanumber id key"))).isNull();
		assertThat(InvalidationMessage.decode(bytes("12  key"))).isNull();
	}

	@Test
	void payloadsTellValuesFromAbsent() {
		byte[] value = L2Payload.value(bytes("{}"));
		assertThat(L2Payload.isAbsent(value)).isFalse();
		assertThat(L2Payload.body(value)).isEqualTo(bytes("{}"));
		assertThat(L2Payload.isAbsent(L2Payload.absent())).isTrue();
		assertThat(L2Payload.body(L2Payload.absent())).isNull();
		assertThat(L2Payload.body(bytes("{\"id\":1}"))).as("bytes written by something else").isNull();
		assertThat(L2Payload.body(new byte[0])).isNull();
	}

	@Test
	void jsonCodecRoundTripsRecords() {
		JsonValueCodec<Product> codec = JsonValueCodec.of(Product.class);
		Product product = Product.of(7, "lamp");
		assertThat(codec.decode(codec.encode(product))).isEqualTo(product);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
