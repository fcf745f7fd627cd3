package com.scalemart.catalog.product;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.scalemart.catalog.CatalogApi;
import com.scalemart.catalog.CatalogIntegrationTest;
import com.scalemart.catalog.CatalogServiceApplication;
import com.scalemart.platform.cache.CacheResult;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Two catalog instances on one database and one Redis, as behind a load balancer: an
 * update through one must stop the other from serving the old product, and a thousand
 * concurrent misses must reach the database once per instance.
 */
@CatalogIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIntegrationTests {

	@Autowired
	CatalogApi api;

	@Autowired
	ProductCatalog catalogA;

	@Autowired
	MeterRegistry metersA;

	@Autowired
	Environment environment;

	ConfigurableApplicationContext instanceB;

	@BeforeAll
	void startSecondInstance() {
		this.api.seed(200);
		List<String> shared = new ArrayList<>();
		for (String key : List.of("spring.datasource.url", "spring.datasource.username", "spring.datasource.password",
				"spring.data.redis.host", "spring.data.redis.port", "scalemart.redis.key-prefix",
				"scalemart.security.jwks-uri")) {
			shared.add("--" + key + "=" + this.environment.getProperty(key, ""));
		}
		shared.add("--server.port=0");
		shared.add("--eureka.client.enabled=false");
		// Command-line arguments win over application.yml, as the test's own properties
		// do.
		this.instanceB = new SpringApplicationBuilder(CatalogServiceApplication.class)
			.run(shared.toArray(String[]::new));
	}

	@AfterAll
	void stopSecondInstance() {
		this.instanceB.close();
	}

	@Test
	void anUpdateThroughOneInstanceReachesTheOther() throws Exception {
		ProductCatalog catalogB = this.instanceB.getBean(ProductCatalog.class);
		Product before = catalogB.find(11).value();
		assertThat(catalogB.find(11).servedBy().name()).isEqualTo("L1");

		MvcResult updated = this.api.perform(this.api
			.asAdmin(this.api.json(put("/api/products/11"),
					CatalogApi.productBody(before.sku(), before.categoryId(), "1234.50")))
			.header(HttpHeaders.IF_MATCH, "\"" + before.version() + "\""));
		assertThat(updated.getResponse().getStatus()).isEqualTo(200);

		// Once the invalidation has arrived, B never serves the old version again.
		await().atMost(Duration.ofSeconds(5))
			.pollInterval(Duration.ofMillis(5))
			.until(() -> catalogB.find(11).value().version() == before.version() + 1);
		for (int i = 0; i < 50; i++) {
			assertThat(catalogB.find(11).value().price()).isEqualByComparingTo("1234.50");
		}
		Timer propagation = this.instanceB.getBean(MeterRegistry.class)
			.get("scalemart.cache.invalidation.propagation")
			.timer();
		assertThat(propagation.count()).isPositive();
	}

	@Test
	void aThousandConcurrentMissesLoadOncePerInstance() throws Exception {
		ProductCatalog catalogB = this.instanceB.getBean(ProductCatalog.class);
		double loadsA = loads(this.metersA);
		double loadsB = loads(this.instanceB.getBean(MeterRegistry.class));
		CountDownLatch start = new CountDownLatch(1);
		List<Future<CacheResult<Product>>> results = new ArrayList<>();
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < 1000; i++) {
				ProductCatalog catalog = (i % 2 == 0) ? this.catalogA : catalogB;
				results.add(threads.submit(() -> {
					start.await();
					return catalog.find(42);
				}));
			}
			start.countDown();
			for (Future<CacheResult<Product>> result : results) {
				assertThat(result.get().value().sku()).isEqualTo("SM-0000042");
			}
		}
		double newLoadsA = loads(this.metersA) - loadsA;
		double newLoadsB = loads(this.instanceB.getBean(MeterRegistry.class)) - loadsB;
		assertThat(newLoadsA).isLessThanOrEqualTo(1);
		assertThat(newLoadsB).isLessThanOrEqualTo(1);
		// With Redis up, the load lock lets only one instance reach the database.
		assertThat(newLoadsA + newLoadsB).isEqualTo(1);
	}

	private static double loads(MeterRegistry registry) {
		// One timer per load result (value, absent, error): count them all.
		return registry.find("scalemart.cache.load")
			.tag("cache", "products")
			.timers()
			.stream()
			.mapToLong(Timer::count)
			.sum();
	}

}
