package com.scalemart.catalog.product;

import com.scalemart.catalog.CatalogApi;
import com.scalemart.catalog.TestTokensConfiguration;
import com.scalemart.platform.engines.Ports;
import com.scalemart.platform.testkit.EngineType;
import com.scalemart.platform.testkit.WithEngines;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Without Redis the catalog still serves: from L1, then from MariaDB. Readiness stays UP,
 * since Redis is an accelerator here, not a dependency; writes still invalidate L1.
 */
@SpringBootTest(properties = "eureka.client.enabled=false")
@AutoConfigureMockMvc
@WithEngines(EngineType.MARIADB)
@Import({ CatalogApi.class, TestTokensConfiguration.class })
class CatalogRedisDownIntegrationTests {

	@DynamicPropertySource
	static void redisNobodyListensTo(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.host", () -> "127.0.0.1");
		registry.add("spring.data.redis.port", Ports::freePort);
		registry.add("spring.data.redis.timeout", () -> "200ms");
		registry.add("spring.data.redis.connect-timeout", () -> "200ms");
	}

	@Autowired
	CatalogApi api;

	@BeforeEach
	void seed() {
		this.api.seed(20);
	}

	@Test
	void readsAreServedFromL1ThenTheDatabase() throws Exception {
		MvcResult first = this.api.get("/api/products/3");
		assertThat(first.getResponse().getStatus()).isEqualTo(200);
		assertThat(first.getResponse().getHeader("X-Cache")).isEqualTo("MISS");
		MvcResult second = this.api.get("/api/products/3");
		assertThat(second.getResponse().getHeader("X-Cache")).isEqualTo("L1");
		assertThat(this.api.get("/actuator/health/readiness").getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void aWriteStillReachesTheDatabaseAndTheLocalCache() throws Exception {
		this.api.get("/api/products/4");
		MvcResult updated = this.api.perform(this.api
			.asAdmin(this.api.json(put("/api/products/4"),
					CatalogApi.productBody("SM-0000004", this.api.anyCategoryId(), "77.00")))
			.header(HttpHeaders.IF_MATCH, "\"0\""));
		assertThat(updated.getResponse().getStatus()).isEqualTo(200);
		assertThat(this.api.body(this.api.get("/api/products/4")).get("price").decimalValue())
			.isEqualByComparingTo("77.00");
	}

}
