package com.scalemart.user.admin;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

import com.scalemart.user.UserApi;
import com.scalemart.user.UserServiceIntegrationTest;
import com.scalemart.user.account.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Cross-shard queries for administrators, with every shard up. */
@UserServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminQueriesIntegrationTests {

	@Autowired
	UserApi api;

	String adminToken;

	@BeforeAll
	void createUsers() throws Exception {
		for (int i = 0; i < 12; i++) {
			this.api.register("user" + i + "@acme.test");
		}
		for (int i = 0; i < 5; i++) {
			this.api.register("user" + i + "@other.test");
		}
		this.api.register("root@admins.test");
		this.api.grantRoles("root@admins.test", Role.ADMIN);
		this.adminToken = this.api.accessToken("root@admins.test");
	}

	@Test
	void findsTheUsersOfADomainOnEveryShard() throws Exception {
		JsonNode answer = this.api
			.body(this.api.getWithToken("/api/admin/users?emailDomain=ACME.test", this.adminToken));

		assertThat(answer.get("partial").asBoolean()).isFalse();
		assertThat(answer.get("users")).hasSize(12);
		Set<Integer> shards = new HashSet<>();
		answer.get("users").forEach((user) -> {
			assertThat(user.get("email").asString()).endsWith("@acme.test");
			shards.add(user.get("shard").asInt());
		});
		assertThat(shards).containsExactlyInAnyOrder(0, 1);
	}

	@Test
	void theLimitAppliesToTheMergedAnswer() throws Exception {
		JsonNode answer = this.api
			.body(this.api.getWithToken("/api/admin/users?emailDomain=acme.test&limit=5", this.adminToken));
		assertThat(answer.get("users")).hasSize(5);
	}

	@Test
	void countsSignUpsPerDayOverEveryShard() throws Exception {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		JsonNode answer = this.api.body(this.api
			.getWithToken("/api/admin/users/sign-ups?from=" + today.minusDays(3) + "&to=" + today, this.adminToken));

		assertThat(answer.get("partial").asBoolean()).isFalse();
		assertThat(answer.get("total").asLong()).isEqualTo(this.api.countUsers());
		assertThat(answer.get("signUps").get(today.toString()).asLong()).isEqualTo(this.api.countUsers());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/admin/users?emailDomain=", "/api/admin/users?emailDomain=a%27%20OR%201=1",
			"/api/admin/users?emailDomain=acme.test&limit=0", "/api/admin/users?emailDomain=acme.test&limit=501",
			"/api/admin/users", "/api/admin/users/sign-ups?from=2026-02-01&to=2026-01-01",
			"/api/admin/users/sign-ups?from=2020-01-01&to=2026-01-01",
			"/api/admin/users/sign-ups?from=yesterday&to=2026-01-01" })
	void badQueriesAre400Problems(String path) throws Exception {
		MvcResult result = this.api.getWithToken(path, this.adminToken);
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
	}

	@Test
	void onlyAdministratorsAsk() throws Exception {
		String userToken = this.api.accessToken("user0@other.test");
		assertThat(this.api.getWithToken("/api/admin/users?emailDomain=acme.test", userToken).getResponse().getStatus())
			.isEqualTo(403);
		assertThat(this.api.getWithToken("/api/admin/shards", userToken).getResponse().getStatus()).isEqualTo(403);
	}

}
