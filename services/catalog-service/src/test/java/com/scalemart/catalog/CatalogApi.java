package com.scalemart.catalog;

import java.math.BigDecimal;
import java.util.Map;

import com.scalemart.catalog.seed.CatalogSeeder;
import com.scalemart.platform.testkit.tokens.TestTokenIssuer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Calls the catalog's API as a client does, for the integration tests. */
public final class CatalogApi {

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private final CatalogSeeder seeder;

	private final JsonMapper json = JsonMapper.builder().build();

	CatalogApi(MockMvc mvc, JdbcClient jdbc, CatalogSeeder seeder) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.seeder = seeder;
	}

	/** Loads the deterministic seed catalog, once per test class's database. */
	public void seed(int products) {
		if (countProducts() < products) {
			this.seeder.seed(products, 42);
		}
	}

	public MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn();
	}

	public MvcResult get(String path) throws Exception {
		return perform(MockMvcRequestBuilders.get(path));
	}

	public MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
		return request.header(HttpHeaders.AUTHORIZATION,
				"Bearer " + TestTokenIssuer.shared().token("admin-1", "USER", "ADMIN"));
	}

	public MockHttpServletRequestBuilder asUser(MockHttpServletRequestBuilder request) {
		return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokenIssuer.shared().token("user-1", "USER"));
	}

	public MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(this.json.writeValueAsString(body));
	}

	public JsonNode body(MvcResult result) throws Exception {
		return this.json.readTree(result.getResponse().getContentAsString());
	}

	public long countProducts() {
		return this.jdbc.sql("SELECT COUNT(*) FROM products").query(Long.class).single();
	}

	/** Rows, versions and latest change of the products table: any write moves one. */
	public String fingerprint() {
		return this.jdbc.sql(
				"SELECT CONCAT(COUNT(*), '/', COALESCE(SUM(version), 0), '/', COALESCE(MAX(updated_at), '')) FROM products")
			.query(String.class)
			.single();
	}

	public long anyCategoryId() {
		return this.jdbc.sql("SELECT MIN(id) FROM categories WHERE parent_id IS NOT NULL").query(Long.class).single();
	}

	public static Map<String, Object> productBody(String sku, long categoryId, String price) {
		return Map.of("sku", sku, "name", "Test Product " + sku, "description", "For the tests.", "categoryId",
				categoryId, "price", new BigDecimal(price), "currency", "EUR");
	}

}
