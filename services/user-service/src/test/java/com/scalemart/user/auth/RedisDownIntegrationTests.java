package com.scalemart.user.auth;

import java.util.Map;

import com.scalemart.platform.engines.Ports;
import com.scalemart.platform.testkit.EngineType;
import com.scalemart.platform.testkit.WithEngines;
import com.scalemart.user.UserApi;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * With Redis unreachable, the limits that protect accounts fail closed: login and refresh
 * answer 503, never an unthrottled 200 or a 500; readiness reports the service not ready.
 */
// Discovery is the launcher's concern; a test runs the service alone.
@SpringBootTest(properties = "eureka.client.enabled=false")
@AutoConfigureMockMvc
@WithEngines(EngineType.MARIADB)
@Import(UserApi.class)
class RedisDownIntegrationTests {

	@DynamicPropertySource
	static void redisNobodyListensTo(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.host", () -> "127.0.0.1");
		registry.add("spring.data.redis.port", Ports::freePort);
		registry.add("spring.data.redis.timeout", () -> "300ms");
		registry.add("spring.data.redis.connect-timeout", () -> "300ms");
	}

	@Autowired
	UserApi api;

	@Test
	void loginFailsClosed() throws Exception {
		assertThat(this.api.register("redis-down@example.com").getResponse().getStatus()).isEqualTo(201);
		MvcResult login = this.api.postJson("/api/auth/login",
				Map.of("email", "redis-down@example.com", "password", UserApi.PASSWORD));
		assertThat(login.getResponse().getStatus()).isEqualTo(503);
		assertThat(this.api.body(login).get("type").asString()).endsWith("/service-unavailable");
	}

	@Test
	void refreshFailsClosed() throws Exception {
		MvcResult refresh = this.api.postJson("/api/auth/refresh",
				Map.of("refreshToken", "AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
		assertThat(refresh.getResponse().getStatus()).isEqualTo(503);
	}

	@Test
	void readinessSaysNotReady() throws Exception {
		assertThat(this.api.perform(get("/actuator/health/readiness")).getResponse().getStatus()).isEqualTo(503);
		assertThat(this.api.perform(get("/actuator/health/liveness")).getResponse().getStatus()).isEqualTo(200);
	}

}
