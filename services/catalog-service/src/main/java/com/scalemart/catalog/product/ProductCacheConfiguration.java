package com.scalemart.catalog.product;

import java.time.Clock;
import java.time.Duration;

import com.scalemart.catalog.config.CatalogProperties;
import com.scalemart.platform.cache.CacheLifecycle;
import com.scalemart.platform.cache.JsonValueCodec;
import com.scalemart.platform.cache.LayeredCache;
import com.scalemart.platform.cache.WritePolicy;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * The product cache: L1 Caffeine in this instance, L2 Redis shared by all, L3 MariaDB
 * through the repository; levels and write policy from {@link CatalogProperties}.
 */
@Configuration(proxyBeanMethods = false)
class ProductCacheConfiguration {

	@Bean
	LayeredCache<Long, Product> productCache(CatalogProperties properties, RedisConnectionFactory redis,
			@Value("${scalemart.redis.key-prefix:scalemart:}") String keyPrefix, JsonMapper jsonMapper,
			MeterRegistry meterRegistry, Clock clock, ProductWriter writer) {
		CatalogProperties.ProductCache settings = properties.cache();
		WritePolicy policy = settings.writePolicy();
		return LayeredCache.<Long, Product>builder("products")
			.levels(settings.levels())
			.l1MaximumSize(settings.l1MaximumSize())
			.ttl(settings.ttl())
			.ttlJitter(settings.ttlJitter())
			.negativeTtl(settings.negativeTtl())
			.codec(JsonValueCodec.of(jsonMapper, Product.class))
			.keyFormat(String::valueOf)
			.redis(redis, keyPrefix + "catalog:")
			.meterRegistry(meterRegistry)
			.clock(clock)
			.writePolicy(policy, (policy == WritePolicy.CACHE_ASIDE) ? null : writer)
			.writeBehind(settings.writeBehindFlushInterval(), 500, Duration.ofMillis(100), Duration.ofSeconds(10),
					Duration.ofSeconds(20))
			.build();
	}

	/**
	 * Closes the cache before Redis and the datasource go, flushing write-behind first.
	 */
	@Bean
	CacheLifecycle productCacheLifecycle(LayeredCache<Long, Product> productCache) {
		return new CacheLifecycle(productCache);
	}

}
