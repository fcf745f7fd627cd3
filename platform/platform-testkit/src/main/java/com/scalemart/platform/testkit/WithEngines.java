package com.scalemart.platform.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Points a Spring test's context at real engines. Before the context starts, the test
 * class gets a fresh database, Redis key prefix and Kafka topic prefix (all named
 * {@code t_<class>_<random>}) and these properties, which win over any other source:
 * <ul>
 * <li>MARIADB: {@code spring.datasource.url}, {@code spring.datasource.username},
 * {@code spring.datasource.password}, {@code scalemart.test.database};</li>
 * <li>REDIS: {@code spring.data.redis.host}, {@code spring.data.redis.port},
 * {@code scalemart.redis.key-prefix} ({@code <name>:});</li>
 * <li>KAFKA: {@code spring.kafka.bootstrap-servers}, {@code scalemart.kafka.topic-prefix}
 * ({@code <name>.}).</li>
 * </ul>
 * When the context closes, the database is dropped (with any database named after it plus
 * an underscore, such as shards beside it), the keys under the prefix deleted and the
 * topics under the prefix deleted. Contexts are never shared between test classes. The
 * servers are chosen as {@link TestEngines} describes. Works on the test class, a
 * superclass, or an annotation of the test's own that carries it.
 */
@Target({ ElementType.TYPE, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface WithEngines {

	/**
	 * The engines the test needs.
	 * @return the engine types
	 */
	EngineType[] value();

}
