package com.scalemart.catalog.product;

import java.util.stream.Stream;

import com.scalemart.catalog.CatalogApi;
import com.scalemart.catalog.CatalogIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/** Every bad parameter or body is a 4xx problem and leaves the products untouched. */
@CatalogIntegrationTest
class CatalogBadInputIntegrationTests {

	record Case(String name, HttpMethod method, String path, boolean admin, String body, int status, String type) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	private static final String VALID_BODY = "{\"sku\":\"BAD-1\",\"name\":\"Thing\",\"categoryId\":%d,\"price\":1.50,\"currency\":\"EUR\"}";

	@Autowired
	CatalogApi api;

	@BeforeEach
	void seed() {
		this.api.seed(20);
	}

	static Stream<Case> badRequests() {
		return Stream.of(
				new Case("non-numeric id", HttpMethod.GET, "/api/products/abc", false, null, 400, "invalid-parameter"),
				new Case("zero id", HttpMethod.GET, "/api/products/0", false, null, 400, "invalid-parameter"),
				new Case("negative id", HttpMethod.GET, "/api/products/-4", false, null, 400, "invalid-parameter"),
				new Case("id beyond a long", HttpMethod.GET, "/api/products/99999999999999999999", false, null, 400,
						"invalid-parameter"),
				new Case("page size over the limit", HttpMethod.GET, "/api/products?size=101", false, null, 400,
						"invalid-parameter"),
				new Case("page size zero", HttpMethod.GET, "/api/products?size=0", false, null, 400,
						"invalid-parameter"),
				new Case("negative page", HttpMethod.GET, "/api/products?page=-1", false, null, 400,
						"invalid-parameter"),
				new Case("non-numeric page", HttpMethod.GET, "/api/products?page=two", false, null, 400,
						"invalid-parameter"),
				new Case("page too deep", HttpMethod.GET, "/api/products?page=200&size=100", false, null, 400,
						"invalid-parameter"),
				new Case("unknown sort field", HttpMethod.GET, "/api/products?sort=password", false, null, 400,
						"invalid-parameter"),
				new Case("unknown sort direction", HttpMethod.GET, "/api/products?sort=price,sideways", false, null,
						400, "invalid-parameter"),
				new Case("SQL in the sort", HttpMethod.GET, "/api/products?sort=price;DROP TABLE products", false, null,
						400, "invalid-parameter"),
				new Case("unknown category", HttpMethod.GET, "/api/products?category=spaceships", false, null, 400,
						"unknown-category"),
				new Case("search text too long", HttpMethod.GET, "/api/products?q=" + "a".repeat(101), false, null, 400,
						"invalid-parameter"),
				new Case("batch without ids", HttpMethod.GET, "/api/products/batch", false, null, 400,
						"invalid-parameter"),
				new Case("malformed id list", HttpMethod.GET, "/api/products/batch?ids=1,,x", false, null, 400,
						"invalid-parameter"),
				new Case("negative id in a batch", HttpMethod.GET, "/api/products/batch?ids=1,-2", false, null, 400,
						"invalid-parameter"),
				new Case("too many ids", HttpMethod.GET, "/api/products/batch?ids=" + idList(101), false, null, 400,
						"invalid-parameter"),
				new Case("negative price", HttpMethod.POST, "/api/products", true, VALID_BODY.replace("1.50", "-1.00"),
						400, "validation-failed"),
				new Case("price with three decimals", HttpMethod.POST, "/api/products", true,
						VALID_BODY.replace("1.50", "1.505"), 400, "validation-failed"),
				new Case("lower-case currency", HttpMethod.POST, "/api/products", true,
						VALID_BODY.replace("EUR", "eur"), 400, "validation-failed"),
				new Case("SKU with spaces", HttpMethod.POST, "/api/products", true,
						VALID_BODY.replace("BAD-1", "BAD 1"), 400, "validation-failed"),
				new Case("missing name", HttpMethod.POST, "/api/products", true,
						VALID_BODY.replace("\"name\":\"Thing\",", ""), 400, "validation-failed"),
				new Case("unknown field", HttpMethod.POST, "/api/products", true,
						VALID_BODY.replace("{", "{\"version\":99,"), 400, "malformed-request"),
				new Case("malformed JSON", HttpMethod.POST, "/api/products", true, "{\"sku\":", 400,
						"malformed-request"),
				new Case("unknown category on create", HttpMethod.POST, "/api/products", true,
						"{\"sku\":\"BAD-2\",\"name\":\"Thing\",\"categoryId\":987654,\"price\":1.50,\"currency\":\"EUR\"}",
						400, "unknown-category"),
				new Case("duplicate SKU", HttpMethod.POST, "/api/products", true,
						VALID_BODY.replace("BAD-1", "SM-0000001"), 409, "sku-already-exists"),
				new Case("replace an unknown product", HttpMethod.PUT, "/api/products/987654", true, VALID_BODY, 404,
						"product-not-found"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badRequests")
	void isAnsweredWithAProblemAndWritesNothing(Case bad) throws Exception {
		String before = this.api.fingerprint();
		MockHttpServletRequestBuilder request = request(bad.method(), bad.path());
		if (bad.body() != null) {
			request.contentType("application/json").content(bad.body().formatted(this.api.anyCategoryId()));
			request.header(HttpHeaders.IF_MATCH, "*");
		}
		if (bad.admin()) {
			this.api.asAdmin(request);
		}

		MvcResult result = this.api.perform(request);

		assertThat(result.getResponse().getStatus()).isEqualTo(bad.status());
		assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
		JsonNode problem = this.api.body(result);
		assertThat(problem.get("type").asString()).isEqualTo("https://scalemart.dev/problems/" + bad.type());
		assertThat(this.api.fingerprint()).isEqualTo(before);
	}

	private static String idList(int count) {
		StringBuilder ids = new StringBuilder("1");
		for (int i = 2; i <= count; i++) {
			ids.append(',').append(i);
		}
		return ids.toString();
	}

}
