package com.scalemart.user.signingkey;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import com.scalemart.user.UserApi;
import com.scalemart.user.account.Role;
import com.scalemart.user.UserServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A new key signs from the rotation on, while tokens the old key signed keep working. */
@UserServiceIntegrationTest
class KeyRotationIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SigningKeyRing ring;

	@Autowired
	UserApi api;

	@Test
	void rotationKeepsOldTokensValidAndPublishesBothKeys() throws Exception {
		this.api.register("keeper@example.com");
		this.api.grantRoles("keeper@example.com", Role.ADMIN);
		String before = this.api.accessToken("keeper@example.com");
		String oldKid = SignedJWT.parse(before).getHeader().getKeyID();

		MvcResult rotated = this.api
			.perform(post("/api/admin/signing-keys/rotation").header(HttpHeaders.AUTHORIZATION, "Bearer " + before));
		assertThat(rotated.getResponse().getStatus()).isEqualTo(201);
		String newKid = this.api.body(rotated).get("kid").asString();
		assertThat(newKid).isNotEqualTo(oldKid);

		String after = this.api.accessToken("keeper@example.com");
		assertThat(SignedJWT.parse(after).getHeader().getKeyID()).isEqualTo(newKid);
		assertThat(this.api.getWithToken("/api/users/me", before).getResponse().getStatus()).isEqualTo(200);
		assertThat(this.api.getWithToken("/api/users/me", after).getResponse().getStatus()).isEqualTo(200);

		MvcResult jwks = this.api.perform(get("/.well-known/jwks.json"));
		assertThat(jwks.getResponse().getStatus()).isEqualTo(200);
		assertThat(jwks.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("max-age=60");
		JWKSet published = JWKSet.parse(jwks.getResponse().getContentAsString());
		assertThat(published.getKeys()).extracting((key) -> key.getKeyID()).contains(oldKid, newKid);
		assertThat(published.getKeys()).allSatisfy((key) -> assertThat(key.isPrivate()).isFalse());
	}

	@Test
	void aRetiredKeyIsWithdrawnOnceEveryTokenItSignedHasExpired() throws Exception {
		String old = this.api.accessToken("expiring@example.com");
		String oldKid = SignedJWT.parse(old).getHeader().getKeyID();
		this.ring.rotate();
		String current = this.api.accessToken("expiring@example.com");

		// As if the rotation had happened longer ago than an access token lives.
		this.jdbc.sql("UPDATE signing_keys SET retired_at = UTC_TIMESTAMP(6) - INTERVAL 1 HOUR WHERE kid = ?")
			.param(oldKid)
			.update();
		this.ring.refresh();

		assertThat(this.api.getWithToken("/api/users/me", old).getResponse().getStatus()).isEqualTo(401);
		assertThat(this.api.getWithToken("/api/users/me", current).getResponse().getStatus()).isEqualTo(200);
		JWKSet published = JWKSet
			.parse(this.api.perform(get("/.well-known/jwks.json")).getResponse().getContentAsString());
		assertThat(published.getKeyByKeyId(oldKid)).isNull();
	}

}
