package com.scalemart.catalog.product;

import java.util.List;

import com.scalemart.catalog.CatalogApi;
import com.scalemart.catalog.CatalogIntegrationTest;
import com.scalemart.platform.testkit.tokens.ForgedToken;
import com.scalemart.platform.testkit.tokens.TestTokenIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Administrators' writes: ETags, If-Match, 412 on a stale version, the cache kept honest.
 */
@CatalogIntegrationTest
class ProductWriteIntegrationTests {

	@Autowired
	CatalogApi api;

	long category;

	@BeforeEach
	void seed() {
		this.api.seed(50);
		this.category = this.api.anyCategoryId();
	}

	@Test
	void createReadReplaceAndDeleteWithVersions() throws Exception {
		MvcResult created = create("WRITE-1", "19.99");
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		assertThat(created.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo("\"0\"");
		String location = created.getResponse().getHeader(HttpHeaders.LOCATION);

		// Read it, so that the cache holds version 0.
		assertThat(this.api.get(location).getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo("\"0\"");

		MvcResult replaced = this.api.perform(this.api
			.asAdmin(this.api.json(put(location), CatalogApi.productBody("WRITE-1", this.category, "24.99")))
			.header(HttpHeaders.IF_MATCH, "\"0\""));
		assertThat(replaced.getResponse().getStatus()).isEqualTo(200);
		assertThat(replaced.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo("\"1\"");

		// The cache was invalidated: the next read shows the new price.
		MvcResult reread = this.api.get(location);
		assertThat(reread.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo("\"1\"");
		assertThat(this.api.body(reread).get("price").decimalValue()).isEqualByComparingTo("24.99");

		MvcResult staleDelete = this.api
			.perform(this.api.asAdmin(delete(location)).header(HttpHeaders.IF_MATCH, "\"0\""));
		assertThat(staleDelete.getResponse().getStatus()).isEqualTo(412);

		MvcResult deleted = this.api.perform(this.api.asAdmin(delete(location)).header(HttpHeaders.IF_MATCH, "\"1\""));
		assertThat(deleted.getResponse().getStatus()).isEqualTo(204);
		assertThat(this.api.get(location).getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void theSecondOfTwoConcurrentEditsGets412AndChangesNothing() throws Exception {
		String location = create("WRITE-2", "10.00").getResponse().getHeader(HttpHeaders.LOCATION);
		MvcResult first = replace(location, "\"0\"", "11.00");
		assertThat(first.getResponse().getStatus()).isEqualTo(200);
		String before = this.api.fingerprint();

		MvcResult second = replace(location, "\"0\"", "12.00");
		assertThat(second.getResponse().getStatus()).isEqualTo(412);
		assertThat(this.api.body(second).get("type").asString()).endsWith("/stale-version");
		assertThat(this.api.fingerprint()).isEqualTo(before);
		assertThat(this.api.body(this.api.get(location)).get("price").decimalValue()).isEqualByComparingTo("11.00");
	}

	@Test
	void aWriteWithoutIfMatchIsRefused() throws Exception {
		String location = create("WRITE-3", "10.00").getResponse().getHeader(HttpHeaders.LOCATION);
		MvcResult result = this.api.perform(this.api
			.asAdmin(this.api.json(put(location), CatalogApi.productBody("WRITE-3", this.category, "1.00"))));
		assertThat(result.getResponse().getStatus()).isEqualTo(428);
		assertThat(this.api.body(result).get("type").asString()).endsWith("/version-required");
	}

	@Test
	void aUserIsNotAnAdministrator() throws Exception {
		MvcResult result = this.api.perform(this.api
			.asUser(this.api.json(post("/api/products"), CatalogApi.productBody("WRITE-4", this.category, "1.00"))));
		assertThat(result.getResponse().getStatus()).isEqualTo(403);
		MvcResult anonymous = this.api
			.perform(this.api.json(post("/api/products"), CatalogApi.productBody("WRITE-4", this.category, "1.00")));
		assertThat(anonymous.getResponse().getStatus()).isEqualTo(401);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("forgedTokens")
	void forgedTokensAreRefused(ForgedToken forged) throws Exception {
		String before = this.api.fingerprint();
		MvcResult result = this.api
			.perform(this.api.json(post("/api/products"), CatalogApi.productBody("FORGED-1", this.category, "1.00"))
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + forged.token()));
		assertThat(result.getResponse().getStatus()).isEqualTo(401);
		assertThat(result.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)).contains("invalid_token");
		assertThat(this.api.fingerprint()).isEqualTo(before);
	}

	static List<ForgedToken> forgedTokens() {
		return TestTokenIssuer.shared().forgedTokens("admin-1");
	}

	private MvcResult create(String sku, String price) throws Exception {
		return this.api.perform(this.api
			.asAdmin(this.api.json(post("/api/products"), CatalogApi.productBody(sku, this.category, price))));
	}

	private MvcResult replace(String location, String ifMatch, String price) throws Exception {
		String sku = this.api.body(this.api.get(location)).get("sku").asString();
		return this.api
			.perform(this.api.asAdmin(this.api.json(put(location), CatalogApi.productBody(sku, this.category, price)))
				.header(HttpHeaders.IF_MATCH, ifMatch));
	}

}
