package com.scalemart.user;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.scalemart.platform.testkit.EngineType;
import com.scalemart.platform.testkit.WithEngines;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole user service on a real MariaDB database and Redis key prefix of the test
 * class's own, driven through MockMvc (every servlet filter and the security chain
 * included).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
// Discovery is the launcher's concern; a test runs the service alone. The test JVM keeps
// every class's context (and its pools: the directory's and one per shard) open until it
// exits, so pools start with one connection each and stay small: the shared MariaDB's
// connection limit is not the test's to exhaust.
@SpringBootTest(properties = { "eureka.client.enabled=false", "spring.datasource.hikari.minimum-idle=1",
		"spring.datasource.hikari.maximum-pool-size=8", "scalemart.user.shards.pool-size=5" })
@AutoConfigureMockMvc
@WithEngines({ EngineType.MARIADB, EngineType.REDIS })
@Import(UserApi.class)
public @interface UserServiceIntegrationTest {

}
