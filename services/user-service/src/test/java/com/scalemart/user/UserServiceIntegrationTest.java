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
// Discovery is the launcher's concern; a test runs the service alone.
@SpringBootTest(properties = "eureka.client.enabled=false")
@AutoConfigureMockMvc
@WithEngines({ EngineType.MARIADB, EngineType.REDIS })
@Import(UserApi.class)
public @interface UserServiceIntegrationTest {

}
