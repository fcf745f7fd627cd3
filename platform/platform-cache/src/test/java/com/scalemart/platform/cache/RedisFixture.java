package com.scalemart.platform.cache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.scalemart.platform.engines.RedisEndpoint;
import com.scalemart.platform.testkit.TestEngines;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * The test's Redis: a connection factory per simulated instance, a key prefix of the
 * test's own, and cleanup of both.
 */
final class RedisFixture implements AutoCloseable {

	final RedisEndpoint endpoint = TestEngines.redis();

	final String prefix = "t_cache_" + UUID.randomUUID().toString().substring(0, 8) + ":";

	private final List<LettuceConnectionFactory> factories = new ArrayList<>();

	private final List<LayeredCache<?, ?>> caches = new ArrayList<>();

	/** A connection factory to the test Redis, as each service instance has its own. */
	LettuceConnectionFactory connectionFactory() {
		return connectionFactory(this.endpoint.host(), this.endpoint.port());
	}

	/** A connection factory to a port where nothing listens. */
	LettuceConnectionFactory connectionFactory(String host, int port) {
		LettuceClientConfiguration client = LettuceClientConfiguration.builder()
			.commandTimeout(Duration.ofSeconds(2))
			.build();
		LettuceConnectionFactory factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration(host, port),
				client);
		factory.afterPropertiesSet();
		factory.start();
		this.factories.add(factory);
		return factory;
	}

	/** A builder for a cache of products on this Redis, closed with the fixture. */
	LayeredCacheBuilder<Long, Product> products(String name) {
		return LayeredCache.<Long, Product>builder(name)
			.codec(JsonValueCodec.of(Product.class))
			.redis(connectionFactory(), this.prefix)
			.meterRegistry(new SimpleMeterRegistry());
	}

	<C extends LayeredCache<?, ?>> C track(C cache) {
		this.caches.add(cache);
		return cache;
	}

	String get(String key) {
		return this.endpoint.withCommands(Duration.ofSeconds(5), "start Redis", (commands) -> commands.get(key));
	}

	long pttl(String key) {
		return this.endpoint.withCommands(Duration.ofSeconds(5), "start Redis", (commands) -> commands.pttl(key));
	}

	String valueKey(String cache, long id) {
		return this.prefix + "cache:" + cache + ":{" + id + "}:v";
	}

	@Override
	public void close() {
		for (LayeredCache<?, ?> cache : this.caches) {
			try {
				cache.close();
			}
			catch (RuntimeException ex) {
				// a test that made close() fail on purpose has already checked it
			}
		}
		this.factories.forEach(LettuceConnectionFactory::destroy);
		this.endpoint.deleteKeys(this.prefix);
	}

}
