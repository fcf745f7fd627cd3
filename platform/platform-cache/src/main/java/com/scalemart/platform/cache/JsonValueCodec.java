package com.scalemart.platform.cache;

import java.util.Objects;

import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link ValueCodec} that stores values as JSON with Jackson 3.
 *
 * @param <V> the value type
 */
public final class JsonValueCodec<V> implements ValueCodec<V> {

	private final ObjectMapper mapper;

	private final JavaType type;

	private JsonValueCodec(ObjectMapper mapper, JavaType type) {
		this.mapper = mapper;
		this.type = type;
	}

	/**
	 * A codec for a class, with a default {@link JsonMapper}.
	 * @param <V> the value type
	 * @param type the value class (records work as they are)
	 * @return the codec
	 */
	public static <V> JsonValueCodec<V> of(Class<V> type) {
		return of(JsonMapper.builder().build(), type);
	}

	/**
	 * A codec for a class, with the application's mapper.
	 * @param <V> the value type
	 * @param mapper the mapper
	 * @param type the value class
	 * @return the codec
	 */
	public static <V> JsonValueCodec<V> of(ObjectMapper mapper, Class<V> type) {
		Objects.requireNonNull(mapper, "mapper");
		Objects.requireNonNull(type, "type");
		return new JsonValueCodec<>(mapper, mapper.constructType(type));
	}

	/**
	 * A codec for a generic type, e.g. {@code mapper.getTypeFactory()
	 * .constructCollectionType(List.class, Product.class)}.
	 * @param <V> the value type
	 * @param mapper the mapper
	 * @param type the value type
	 * @return the codec
	 */
	public static <V> JsonValueCodec<V> of(ObjectMapper mapper, JavaType type) {
		Objects.requireNonNull(mapper, "mapper");
		Objects.requireNonNull(type, "type");
		return new JsonValueCodec<>(mapper, type);
	}

	@Override
	public byte[] encode(V value) {
		return this.mapper.writeValueAsBytes(value);
	}

	@Override
	public V decode(byte[] bytes) {
		return this.mapper.readValue(bytes, this.type);
	}

}
