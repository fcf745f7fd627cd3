package com.scalemart.catalog.product;

import java.util.ArrayList;
import java.util.List;

import com.scalemart.catalog.CatalogApi;
import com.scalemart.catalog.CatalogIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@CatalogIntegrationTest
class ProductReadIntegrationTests {

	@Autowired
	CatalogApi api;

	// A spy on the real repository, to count the queries that reach MariaDB.
	@MockitoSpyBean
	ProductRepository repository;

	@BeforeEach
	void seed() {
		this.api.seed(500);
		clearInvocations(this.repository);
	}

	@Test
	void aProductIsLoadedOnceThenServedFromTheCache() throws Exception {
		MvcResult first = this.api.get("/api/products/7");
		assertThat(first.getResponse().getStatus()).isEqualTo(200);
		assertThat(first.getResponse().getHeader("X-Cache")).isEqualTo("MISS");
		JsonNode product = this.api.body(first);
		assertThat(product.get("sku").asString()).isEqualTo("SM-0000007");
		assertThat(first.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo("\"0\"");

		MvcResult second = this.api.get("/api/products/7");
		assertThat(second.getResponse().getHeader("X-Cache")).isEqualTo("L1");
		assertThat(second.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
		verify(this.repository, times(1)).findById(7L);
	}

	@Test
	void anUnchangedProductIsNotSentAgain() throws Exception {
		MvcResult notModified = this.api.perform(get("/api/products/8").header(HttpHeaders.IF_NONE_MATCH, "\"0\""));
		assertThat(notModified.getResponse().getStatus()).isEqualTo(304);
		assertThat(notModified.getResponse().getContentAsString()).isEmpty();
	}

	@Test
	void aMissingProductIs404AndItsAbsenceIsCached() throws Exception {
		MvcResult missing = this.api.get("/api/products/999999");
		assertThat(missing.getResponse().getStatus()).isEqualTo(404);
		assertThat(this.api.body(missing).get("type").asString()).endsWith("/product-not-found");
		this.api.get("/api/products/999999");
		verify(this.repository, times(1)).findById(999999L);
	}

	@Test
	void aBatchIsOneQueryForAllMissesAndKeepsTheOrderAskedFor() throws Exception {
		this.api.get("/api/products/3");
		clearInvocations(this.repository);

		MvcResult batch = this.api.get("/api/products/batch?ids=5,3,999999,4,5");
		assertThat(batch.getResponse().getStatus()).isEqualTo(200);
		JsonNode body = this.api.body(batch);
		List<String> skus = new ArrayList<>();
		body.get("items").forEach((item) -> skus.add(item.get("sku").asString()));
		assertThat(skus).containsExactly("SM-0000005", "SM-0000003", "SM-0000004");
		assertThat(body.get("missing").toString()).isEqualTo("[999999]");
		// 3 came from the cache; 5, 999999 and 4 in a single query; never one by one.
		verify(this.repository, times(1)).findAllById(anyCollection());
		verify(this.repository, never()).findById(anyLong());
	}

	@Test
	void listsAreFilteredSortedAndPagedStably() throws Exception {
		JsonNode categories = this.api.body(this.api.get("/api/categories"));
		assertThat(categories.size()).isGreaterThan(10);

		JsonNode laptops = this.api.body(this.api.get("/api/products?category=laptops&sort=price,desc&size=5"));
		assertThat(laptops.get("items").size()).isEqualTo(5);
		List<Double> prices = new ArrayList<>();
		laptops.get("items").forEach((item) -> prices.add(item.get("price").asDouble()));
		assertThat(prices).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		long laptopsCategory = laptops.get("items").get(0).get("categoryId").asLong();
		laptops.get("items").forEach((item) -> assertThat(item.get("categoryId").asLong()).isEqualTo(laptopsCategory));

		// Walking every page by name sees every product exactly once.
		JsonNode firstPage = this.api.body(this.api.get("/api/products?sort=name&size=100&page=0"));
		long total = firstPage.get("totalItems").asLong();
		assertThat(total).isEqualTo(500);
		List<Long> seen = new ArrayList<>();
		for (int page = 0; page < firstPage.get("totalPages").asInt(); page++) {
			this.api.body(this.api.get("/api/products?sort=name&size=100&page=" + page))
				.get("items")
				.forEach((item) -> seen.add(item.get("id").asLong()));
		}
		assertThat(seen).hasSize(500).doesNotHaveDuplicates();
	}

	@Test
	void textSearchNeedsEveryWord() throws Exception {
		JsonNode any = this.api.body(this.api.get("/api/products/1"));
		String[] words = any.get("name").asString().split(" ");
		JsonNode found = this.api.body(this.api.get("/api/products?q=" + words[0] + "+" + words[1] + "&size=100"));
		assertThat(found.get("totalItems").asLong()).isPositive();
		found.get("items")
			.forEach((item) -> assertThat(item.get("name").asString() + " " + item.get("description").asString())
				.containsIgnoringCase(words[0])
				.containsIgnoringCase(words[1]));
	}

}
