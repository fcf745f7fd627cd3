package com.scalemart.gateway;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.scalemart.platform.testkit.EngineType;
import com.scalemart.platform.testkit.WithEngines;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The whole gateway on a random port with a Redis key prefix of the test class's own.
 * Eureka is off: services are found through the simple discovery client, which the test
 * points at its stubs, so {@code lb://} routes still go through the load balancer.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "eureka.client.enabled=false", "spring.cloud.loadbalancer.cache.enabled=false",
				"scalemart.instance-id=gateway-test" })
@WithEngines(EngineType.REDIS)
public @interface GatewayIntegrationTest {

}
