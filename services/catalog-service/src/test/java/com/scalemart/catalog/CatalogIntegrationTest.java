package com.scalemart.catalog;

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
 * The whole catalog service on a real MariaDB database and Redis key prefix of the test
 * class's own, trusting the test token issuer's JWKS, driven through MockMvc.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
// Discovery is the launcher's concern; a test runs the service alone.
@SpringBootTest(properties = "eureka.client.enabled=false")
@AutoConfigureMockMvc
@WithEngines({ EngineType.MARIADB, EngineType.REDIS })
@Import({ CatalogApi.class, TestTokensConfiguration.class })
public @interface CatalogIntegrationTest {

}
