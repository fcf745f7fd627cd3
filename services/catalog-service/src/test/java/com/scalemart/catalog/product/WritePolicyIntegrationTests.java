package com.scalemart.catalog.product;

import java.time.Duration;

import com.scalemart.catalog.CatalogApi;
import com.scalemart.catalog.CatalogIntegrationTest;
import com.scalemart.platform.cache.CacheLifecycle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/** The catalog's writes under the two policies where the cache owns the write. */
class WritePolicyIntegrationTests {

	@Nested
	@CatalogIntegrationTest
	@TestPropertySource(properties = "scalemart.catalog.cache.write-policy=WRITE_THROUGH")
	class WriteThrough {

		@Autowired
		CatalogApi api;

		@Autowired
		JdbcClient jdbc;

		@BeforeEach
		void seed() {
			this.api.seed(20);
		}

		@Test
		void theRowIsWrittenBeforeTheAnswerAndAStaleWriteIsRefused() throws Exception {
			assertThat(replace(this.api, 5, "\"0\"", "55.00").getResponse().getStatus()).isEqualTo(200);
			assertThat(price(this.jdbc, 5)).isEqualTo("55.00");
			assertThat(this.api.get("/api/products/5").getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo("\"1\"");
			assertThat(replace(this.api, 5, "\"0\"", "56.00").getResponse().getStatus()).isEqualTo(412);
			assertThat(price(this.jdbc, 5)).isEqualTo("55.00");
		}

	}

	@Nested
	@CatalogIntegrationTest
	@TestPropertySource(properties = { "scalemart.catalog.cache.write-policy=WRITE_BEHIND",
			"scalemart.catalog.cache.write-behind-flush-interval=300ms" })
	class WriteBehind {

		@Autowired
		CatalogApi api;

		@Autowired
		JdbcClient jdbc;

		@Autowired
		CacheLifecycle lifecycle;

		@BeforeEach
		void seed() {
			this.api.seed(20);
		}

		@Test
		void theAnswerComesFirstAndTheRowFollowsInABatch() throws Exception {
			assertThat(replace(this.api, 6, "\"0\"", "66.00").getResponse().getStatus()).isEqualTo(200);
			// Read back at once from the cache, whatever the database holds yet.
			assertThat(this.api.body(this.api.get("/api/products/6")).get("price").decimalValue())
				.isEqualByComparingTo("66.00");
			await().atMost(Duration.ofSeconds(10)).until(() -> "66.00".equals(price(this.jdbc, 6)));
		}

		@Test
		@DirtiesContext
		void aCleanShutdownLosesNoAcknowledgedWrite() throws Exception {
			for (int id = 7; id <= 12; id++) {
				assertThat(replace(this.api, id, "\"0\"", id + ".50").getResponse().getStatus()).isEqualTo(200);
			}
			// What the service does on shutdown: the cache drains before Redis and
			// MariaDB go.
			this.lifecycle.stop();
			for (int id = 7; id <= 12; id++) {
				assertThat(price(this.jdbc, id)).isEqualTo(id + ".50");
			}
		}

	}

	static MvcResult replace(CatalogApi api, long id, String ifMatch, String price) throws Exception {
		return api.perform(api
			.asAdmin(api.json(put("/api/products/" + id),
					CatalogApi.productBody(String.format("SM-%07d", id), api.anyCategoryId(), price)))
			.header(HttpHeaders.IF_MATCH, ifMatch));
	}

	static String price(JdbcClient jdbc, long id) {
		return jdbc.sql("SELECT price FROM products WHERE id = ?").param(id).query(String.class).single();
	}

}
