package com.scalemart.user.auth;

import java.util.Map;

import com.nimbusds.jwt.SignedJWT;
import com.scalemart.user.UserApi;
import com.scalemart.user.account.Role;
import com.scalemart.user.UserServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;

@UserServiceIntegrationTest
class AuthFlowIntegrationTests {

	@Autowired
	UserApi api;

	@Test
	void registerLoginReadAndUpdateTheAccount() throws Exception {
		MvcResult registered = this.api.register("ada@example.com");
		assertThat(registered.getResponse().getStatus()).isEqualTo(201);
		JsonNode user = this.api.body(registered);
		assertThat(registered.getResponse().getHeader(HttpHeaders.LOCATION))
			.isEqualTo("/api/users/" + user.get("id").asString());
		assertThat(user.get("roles").toString()).isEqualTo("[\"USER\"]");
		assertThat(user.has("passwordHash")).isFalse();

		JsonNode tokens = this.api.login("Ada@Example.com");
		assertThat(tokens.get("tokenType").asString()).isEqualTo("Bearer");
		assertThat(tokens.get("expiresIn").asLong()).isEqualTo(900);
		String accessToken = tokens.get("accessToken").asString();
		SignedJWT jwt = SignedJWT.parse(accessToken);
		assertThat(jwt.getHeader().getKeyID()).isNotBlank();
		assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
		assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo(user.get("id").asString());
		assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("USER");
		assertThat(jwt.getJWTClaimsSet().getClaims()).doesNotContainKeys("email", "name", "phone");

		MvcResult me = this.api.getWithToken("/api/users/me", accessToken);
		assertThat(me.getResponse().getStatus()).isEqualTo(200);
		assertThat(this.api.body(me).get("email").asString()).isEqualTo("ada@example.com");

		MvcResult updated = this.api
			.perform(patch("/api/users/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Augusta Ada King\",\"phone\":\"\"}"));
		assertThat(updated.getResponse().getStatus()).isEqualTo(200);
		JsonNode after = this.api.body(updated);
		assertThat(after.get("name").asString()).isEqualTo("Augusta Ada King");
		assertThat(after.get("phone").isNull()).isTrue();

		MvcResult self = this.api.getWithToken("/api/users/" + user.get("id").asString(), accessToken);
		assertThat(self.getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void noHttpSessionIsEverCreated() throws Exception {
		JsonNode tokens = this.api.login("stateless@example.com");
		MvcResult me = this.api.getWithToken("/api/users/me", tokens.get("accessToken").asString());
		assertThat(me.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
		assertThat(me.getRequest().getSession(false)).isNull();
	}

	@Test
	void refreshRotatesTheTokenAndLogoutEndsTheLogin() throws Exception {
		JsonNode first = this.api.login("grace@example.com");
		MvcResult refreshed = this.api.postJson("/api/auth/refresh",
				Map.of("refreshToken", first.get("refreshToken").asString()));
		assertThat(refreshed.getResponse().getStatus()).isEqualTo(200);
		assertThat(refreshed.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
		JsonNode second = this.api.body(refreshed);
		assertThat(second.get("refreshToken").asString()).isNotEqualTo(first.get("refreshToken").asString());
		assertThat(
				this.api.getWithToken("/api/users/me", second.get("accessToken").asString()).getResponse().getStatus())
			.isEqualTo(200);

		MvcResult logout = this.api.postJson("/api/auth/logout",
				Map.of("refreshToken", second.get("refreshToken").asString()));
		assertThat(logout.getResponse().getStatus()).isEqualTo(204);
		MvcResult afterLogout = this.api.postJson("/api/auth/refresh",
				Map.of("refreshToken", second.get("refreshToken").asString()));
		assertThat(afterLogout.getResponse().getStatus()).isEqualTo(401);
		assertThat(this.api.body(afterLogout).get("type").asString()).endsWith("/invalid-refresh-token");
	}

	@Test
	void reusingARefreshTokenRevokesTheWholeFamily() throws Exception {
		JsonNode login = this.api.login("mallory-victim@example.com");
		String stolen = login.get("refreshToken").asString();
		JsonNode ownersRefresh = this.api.body(this.api.postJson("/api/auth/refresh", Map.of("refreshToken", stolen)));
		String ownersToken = ownersRefresh.get("refreshToken").asString();

		MvcResult replay = this.api.postJson("/api/auth/refresh", Map.of("refreshToken", stolen));
		assertThat(replay.getResponse().getStatus()).isEqualTo(401);

		// The token the owner holds was valid a moment ago; the replay revoked its
		// family.
		MvcResult owner = this.api.postJson("/api/auth/refresh", Map.of("refreshToken", ownersToken));
		assertThat(owner.getResponse().getStatus()).isEqualTo(401);

		// Another login is a new family and works.
		JsonNode again = this.api.body(this.api.postJson("/api/auth/login",
				Map.of("email", "mallory-victim@example.com", "password", UserApi.PASSWORD)));
		MvcResult fresh = this.api.postJson("/api/auth/refresh",
				Map.of("refreshToken", again.get("refreshToken").asString()));
		assertThat(fresh.getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void aRefreshCarriesRolesGrantedSinceTheLogin() throws Exception {
		JsonNode login = this.api.login("future-premium@example.com");
		this.api.grantRoles("future-premium@example.com", Role.PREMIUM);
		JsonNode refreshed = this.api
			.body(this.api.postJson("/api/auth/refresh", Map.of("refreshToken", login.get("refreshToken").asString())));
		SignedJWT jwt = SignedJWT.parse(refreshed.get("accessToken").asString());
		assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("PREMIUM", "USER");
	}

	@Test
	void wrongPasswordAndUnknownEmailGetTheSameAnswer() throws Exception {
		this.api.register("known@example.com");
		MvcResult wrongPassword = this.api.postJson("/api/auth/login",
				Map.of("email", "known@example.com", "password", "not-the-password-at-all"));
		MvcResult unknownEmail = this.api.postJson("/api/auth/login",
				Map.of("email", "unknown@example.com", "password", "not-the-password-at-all"));
		assertThat(wrongPassword.getResponse().getStatus()).isEqualTo(401);
		assertThat(unknownEmail.getResponse().getStatus()).isEqualTo(401);
		JsonNode a = this.api.body(wrongPassword);
		JsonNode b = this.api.body(unknownEmail);
		assertThat(a.get("type")).isEqualTo(b.get("type"));
		assertThat(a.get("detail")).isEqualTo(b.get("detail"));
	}

}
