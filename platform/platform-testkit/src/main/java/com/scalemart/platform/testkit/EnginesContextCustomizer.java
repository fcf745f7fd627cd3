package com.scalemart.platform.testkit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.scalemart.platform.engines.KafkaEndpoint;
import com.scalemart.platform.engines.MariaDbEndpoint;
import com.scalemart.platform.engines.RedisEndpoint;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Creates the resources of one test class before its context starts, points the context
 * at them with properties that win over every other source, and removes them when the
 * context closes.
 */
final class EnginesContextCustomizer implements ContextCustomizer {

	static final String PROPERTY_SOURCE_NAME = "scalemartTestEngines";

	private final Class<?> testClass;

	private final Set<EngineType> types;

	private final EngineSelection engines;

	EnginesContextCustomizer(Class<?> testClass, Set<EngineType> types, EngineSelection engines) {
		this.testClass = testClass;
		this.types = Set.copyOf(types);
		this.engines = engines;
	}

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		String name = TestResourceName.forClass(this.testClass);
		Map<String, Object> properties = new LinkedHashMap<>();
		MariaDbEndpoint mariaDb = null;
		RedisEndpoint redis = null;
		KafkaEndpoint kafka = null;
		if (this.types.contains(EngineType.MARIADB)) {
			mariaDb = this.engines.mariaDb();
			properties.put("spring.datasource.url", mariaDb.jdbcUrl(name));
			properties.put("spring.datasource.username", mariaDb.user());
			properties.put("spring.datasource.password", mariaDb.password());
			properties.put("scalemart.test.database", name);
		}
		if (this.types.contains(EngineType.REDIS)) {
			redis = this.engines.redis();
			properties.put("spring.data.redis.host", redis.host());
			properties.put("spring.data.redis.port", redis.port());
			properties.put("scalemart.redis.key-prefix", name + ":");
		}
		if (this.types.contains(EngineType.KAFKA)) {
			kafka = this.engines.kafka();
			properties.put("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
			properties.put("scalemart.kafka.topic-prefix", name + ".");
		}
		PendingCleanups.add(name, cleanup(name, mariaDb, redis, kafka));
		if (mariaDb != null) {
			mariaDb.createDatabase(name);
		}
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, properties));
		context.addApplicationListener((ApplicationListener<ContextClosedEvent>) (event) -> {
			// a child context (the management server's) publishes its close to us as well
			if (event.getApplicationContext() == context) {
				PendingCleanups.run(name);
			}
		});
	}

	private static Runnable cleanup(String name, @Nullable MariaDbEndpoint mariaDb, @Nullable RedisEndpoint redis,
			@Nullable KafkaEndpoint kafka) {
		return () -> {
			if (mariaDb != null) {
				mariaDb.dropDatabase(name);
				// and the databases an application made beside its own (shards)
				mariaDb.databases(name + "_").forEach(mariaDb::dropDatabase);
			}
			if (redis != null) {
				redis.deleteKeys(name + ":");
			}
			if (kafka != null) {
				kafka.deleteTopics(name + ".");
			}
		};
	}

	@Override
	public boolean equals(@Nullable Object other) {
		// the test class is part of the identity, so two classes never share a context
		// and
		// with it their database
		return (other instanceof EnginesContextCustomizer that) && this.testClass == that.testClass
				&& this.types.equals(that.types);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.testClass, this.types);
	}

}
