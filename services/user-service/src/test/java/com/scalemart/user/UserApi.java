package com.scalemart.user;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import com.scalemart.platform.data.shard.ScatterGather;
import com.scalemart.user.account.Role;
import com.scalemart.user.account.UserManagement;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Calls the user service's API the way a client does, for the integration tests; every
 * {@link UserServiceIntegrationTest} can inject it.
 */
public final class UserApi {

	public static final String PASSWORD = "correct-Horse-42-battery";

	private final MockMvc mvc;

	private final JsonMapper json = JsonMapper.builder().build();

	private final JdbcClient directory;

	private final ScatterGather shards;

	private final UserManagement userManagement;

	UserApi(MockMvc mvc, JdbcClient directory, ScatterGather shards, UserManagement userManagement) {
		this.mvc = mvc;
		this.directory = directory;
		this.shards = shards;
		this.userManagement = userManagement;
	}

	public MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn();
	}

	public MvcResult register(String email) throws Exception {
		return postJson("/api/users",
				Map.of("email", email, "password", PASSWORD, "name", "Ada Lovelace", "phone", "+44 20 7946 0000"));
	}

	/** Registers (if needed) and logs in; returns the token response. */
	public JsonNode login(String email) throws Exception {
		register(email);
		MvcResult result = postJson("/api/auth/login", Map.of("email", email, "password", PASSWORD));
		if (result.getResponse().getStatus() != 200) {
			throw new IllegalStateException("login failed: " + result.getResponse().getContentAsString());
		}
		return body(result);
	}

	public String accessToken(String email) throws Exception {
		return login(email).get("accessToken").asString();
	}

	public MvcResult postJson(String path, Object body) throws Exception {
		return perform(post(path).contentType(MediaType.APPLICATION_JSON).content(this.json.writeValueAsString(body)));
	}

	public MvcResult postJson(String path, Object body, String token) throws Exception {
		return perform(post(path).contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.content(this.json.writeValueAsString(body)));
	}

	public MvcResult getWithToken(String path, String token) throws Exception {
		return perform(get(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
	}

	public JsonNode body(MvcResult result) throws Exception {
		return this.json.readTree(result.getResponse().getContentAsString());
	}

	/** Live users on every shard. */
	public long countUsers() {
		return onEveryShard("SELECT COUNT(*) FROM users WHERE in_transit = FALSE").stream()
			.mapToLong(Long::parseLong)
			.sum();
	}

	/**
	 * Number of rows, sum of versions and latest update per shard: any write changes it.
	 */
	public String fingerprintOfAccounts() {
		return String.join(" | ", onEveryShard(
				"SELECT CONCAT(COUNT(*), '/', COALESCE(SUM(version), 0), '/', COALESCE(MAX(updated_at), '')) FROM users"))
				+ " | " + this.directory.sql("SELECT COUNT(*) FROM user_emails").query(String.class).single();
	}

	/** Gives a registered user roles, as an administrator would. */
	public void grantRoles(String email, Role... roles) {
		UUID id = this.directory.sql("SELECT user_id FROM user_emails WHERE email = ?")
			.param(email)
			.query((rs, row) -> UUID.fromString(rs.getString(1)))
			.single();
		this.userManagement.changeRoles(id, Set.of(roles));
	}

	private List<String> onEveryShard(String sql) {
		ScatterGather.Result<String> result = this.shards.query((jdbc) -> jdbc.sql(sql).query(String.class).list());
		if (result.partial()) {
			throw new IllegalStateException("shards did not answer: " + result.failures());
		}
		return result.all();
	}

}
