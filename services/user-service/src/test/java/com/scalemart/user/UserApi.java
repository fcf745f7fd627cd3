package com.scalemart.user;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	private final JdbcClient jdbc;

	UserApi(MockMvc mvc, JdbcClient jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
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

	public MvcResult getWithToken(String path, String token) throws Exception {
		return perform(get(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
	}

	public JsonNode body(MvcResult result) throws Exception {
		return this.json.readTree(result.getResponse().getContentAsString());
	}

	public long countUsers() {
		return this.jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
	}

}
