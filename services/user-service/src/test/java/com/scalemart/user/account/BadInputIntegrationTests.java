package com.scalemart.user.account;

import java.util.UUID;
import java.util.stream.Stream;

import com.scalemart.user.UserApi;
import com.scalemart.user.UserServiceIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every kind of bad input gets a 4xx problem detail with a stable type, and leaves the
 * accounts exactly as they were: not one row added or changed.
 */
@UserServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIntegrationTests {

	enum Caller {

		ANONYMOUS, USER, ADMIN

	}

	record Case(String name, HttpMethod method, String path, Caller caller, String contentType, String body, int status,
			String type) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	private static final String JSON = "application/json";

	@Autowired
	UserApi api;

	String userToken;

	String adminToken;

	@BeforeAll
	void createCallers() throws Exception {
		this.userToken = this.api.accessToken("taken@example.com");
		this.api.register("admin@example.com");
		this.api.grantRoles("admin@example.com", Role.ADMIN);
		this.adminToken = this.api.accessToken("admin@example.com");
	}

	static Stream<Case> badRequests() {
		String register = "/api/users";
		return Stream.of(
				new Case("malformed JSON", HttpMethod.POST, register, Caller.ANONYMOUS, JSON, "{\"email\":", 400,
						"malformed-request"),
				new Case("empty body", HttpMethod.POST, register, Caller.ANONYMOUS, JSON, "", 400, "malformed-request"),
				new Case("array instead of object", HttpMethod.POST, register, Caller.ANONYMOUS, JSON, "[]", 400,
						"malformed-request"),
				new Case("email of the wrong type", HttpMethod.POST, register, Caller.ANONYMOUS, JSON,
						registration("{\"x\":1}", "\"correct-Horse-42-battery\"", "\"Ada\"", null), 400,
						"malformed-request"),
				new Case("unknown field (roles)", HttpMethod.POST, register, Caller.ANONYMOUS, JSON,
						"{\"email\":\"new@example.com\",\"password\":\"correct-Horse-42-battery\",\"name\":\"Ada\",\"roles\":[\"ADMIN\"]}",
						400, "malformed-request"),
				new Case("missing email", HttpMethod.POST, register, Caller.ANONYMOUS, JSON,
						registration(null, "\"correct-Horse-42-battery\"", "\"Ada\"", null), 400, "validation-failed"),
				new Case("missing password", HttpMethod.POST, register, Caller.ANONYMOUS, JSON,
						registration("\"new@example.com\"", null, "\"Ada\"", null), 400, "validation-failed"),
				new Case("missing name", HttpMethod.POST, register, Caller.ANONYMOUS, JSON,
						registration("\"new@example.com\"", "\"correct-Horse-42-battery\"", null, null), 400,
						"validation-failed"),
				new Case("not an email", HttpMethod.POST, register, Caller.ANONYMOUS, JSON,
						registration("\"not-an-email\"", "\"correct-Horse-42-battery\"", "\"Ada\"", null), 400,
						"validation-failed"),
				new Case("email without a domain", HttpMethod.POST, register, Caller.ANONYMOUS, JSON,
						registration("\"ada@localhost\"", "\"correct-Horse-42-battery\"", "\"Ada\"", null), 400,
						"validation-failed"),
				new Case("oversized email", HttpMethod.POST, register, Caller.ANONYMOUS, JSON,
						registration("\"" + "a".repeat(250) + "@example.com\"", "\"correct-Horse-42-battery\"",
								"\"Ada\"", null),
						400, "validation-failed"),
				new Case("oversized name", HttpMethod.POST, register, Caller.ANONYMOUS, JSON,
						registration("\"new@example.com\"", "\"correct-Horse-42-battery\"",
								"\"" + "n".repeat(101) + "\"", null),
						400, "validation-failed"),
				new Case("blank name", HttpMethod.POST, register, Caller.ANONYMOUS, JSON,
						registration("\"new@example.com\"", "\"correct-Horse-42-battery\"", "\"   \"", null), 400,
						"validation-failed"),
				new Case("control character in the name", HttpMethod.POST, register, Caller.ANONYMOUS, JSON,
						registration("\"new@example.com\"", "\"correct-Horse-42-battery\"", "\"Ada\\u0007\"", null),
						400, "validation-failed"),
				new Case("bad phone", HttpMethod.POST, register, Caller.ANONYMOUS, JSON,
						registration("\"new@example.com\"", "\"correct-Horse-42-battery\"", "\"Ada\"",
								"\"call me maybe\""),
						400, "validation-failed"),
				new Case("short password", HttpMethod.POST, register, Caller.ANONYMOUS, JSON,
						registration("\"new@example.com\"", "\"short-pw-1\"", "\"Ada\"", null), 400, "weak-password"),
				new Case("common password", HttpMethod.POST, register, Caller.ANONYMOUS, JSON,
						registration("\"new@example.com\"", "\"Password1234\"", "\"Ada\"", null), 400, "weak-password"),
				new Case("password made of the email", HttpMethod.POST, register, Caller.ANONYMOUS, JSON,
						registration("\"lovelace@example.com\"", "\"Lovelace-2024!\"", "\"Ada\"", null), 400,
						"weak-password"),
				new Case("password of one repeated character", HttpMethod.POST, register, Caller.ANONYMOUS, JSON,
						registration("\"new@example.com\"", "\"aaaaaaaaaaaaaaaa\"", "\"Ada\"", null), 400,
						"weak-password"),
				new Case("password over 72 bytes", HttpMethod.POST, register, Caller.ANONYMOUS, JSON,
						registration("\"new@example.com\"", "\"" + "é".repeat(40) + "\"", "\"Ada\"", null), 400,
						"weak-password"),
				new Case("password over 128 characters", HttpMethod.POST, register, Caller.ANONYMOUS, JSON,
						registration("\"new@example.com\"", "\"" + "x1".repeat(70) + "\"", "\"Ada\"", null), 400,
						"validation-failed"),
				new Case("duplicate email", HttpMethod.POST, register, Caller.ANONYMOUS, JSON,
						registration("\"taken@example.com\"", "\"correct-Horse-42-battery\"", "\"Ada\"", null), 409,
						"email-already-registered"),
				new Case("duplicate email in other case", HttpMethod.POST, register, Caller.ANONYMOUS, JSON,
						registration("\"Taken@EXAMPLE.com\"", "\"correct-Horse-42-battery\"", "\"Ada\"", null), 409,
						"email-already-registered"),
				new Case("text/plain body", HttpMethod.POST, register, Caller.ANONYMOUS, "text/plain",
						"email=new@example.com", 415, "unsupported-media-type"),
				new Case("no content type", HttpMethod.POST, register, Caller.ANONYMOUS, null, "{}", 415,
						"unsupported-media-type"),
				new Case("body over the size limit", HttpMethod.POST, register, Caller.ANONYMOUS, JSON,
						registration("\"new@example.com\"", "\"correct-Horse-42-battery\"",
								"\"" + "n".repeat(70_000) + "\"", null),
						413, "payload-too-large"),
				new Case("login with malformed JSON", HttpMethod.POST, "/api/auth/login", Caller.ANONYMOUS, JSON,
						"{\"email\"", 400, "malformed-request"),
				new Case("login without password", HttpMethod.POST, "/api/auth/login", Caller.ANONYMOUS, JSON,
						"{\"email\":\"taken@example.com\"}", 400, "validation-failed"),
				new Case("refresh with a forged token", HttpMethod.POST, "/api/auth/refresh", Caller.ANONYMOUS, JSON,
						"{\"refreshToken\":\"AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"}",
						401, "invalid-refresh-token"),
				new Case("refresh without a token", HttpMethod.POST, "/api/auth/refresh", Caller.ANONYMOUS, JSON, "{}",
						400, "validation-failed"),
				new Case("user id that is not a UUID", HttpMethod.GET, "/api/users/42", Caller.ADMIN, null, null, 400,
						"invalid-parameter"),
				new Case("unknown user id", HttpMethod.GET, "/api/users/" + UUID.randomUUID(), Caller.ADMIN, null, null,
						404, "user-not-found"),
				new Case("profile with an oversized name", HttpMethod.PATCH, "/api/users/me", Caller.USER, JSON,
						"{\"name\":\"" + "n".repeat(101) + "\"}", 400, "validation-failed"),
				new Case("profile with a bad phone", HttpMethod.PATCH, "/api/users/me", Caller.USER, JSON,
						"{\"phone\":\"555-CALL-NOW\"}", 400, "validation-failed"),
				new Case("profile changing the email", HttpMethod.PATCH, "/api/users/me", Caller.USER, JSON,
						"{\"email\":\"other@example.com\"}", 400, "malformed-request"),
				new Case("unknown role", HttpMethod.PUT, "/api/users/" + UUID.randomUUID() + "/roles", Caller.ADMIN,
						JSON, "{\"roles\":[\"GOD\"]}", 400, "malformed-request"),
				new Case("roles changed by a non-admin", HttpMethod.PUT, "/api/users/" + UUID.randomUUID() + "/roles",
						Caller.USER, JSON, "{\"roles\":[\"ADMIN\"]}", 403, "forbidden"),
				new Case("method not allowed", HttpMethod.DELETE, "/api/users/me", Caller.USER, null, null, 405,
						"method-not-allowed"),
				new Case("unknown path", HttpMethod.GET, "/api/nothing-here", Caller.USER, null, null, 404,
						"not-found"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badRequests")
	void isAnsweredWithAProblemAndWritesNothing(Case badRequest) throws Exception {
		String before = fingerprintOfAccounts();

		MvcResult result = this.api.perform(build(badRequest));

		assertThat(result.getResponse().getStatus()).isEqualTo(badRequest.status());
		assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
		JsonNode problem = this.api.body(result);
		assertThat(problem.get("type").asString()).isEqualTo("https://scalemart.dev/problems/" + badRequest.type());
		assertThat(problem.get("status").asInt()).isEqualTo(badRequest.status());
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(result.getResponse().getContentAsString()).doesNotContain("correct-Horse-42-battery")
			.doesNotContain("Exception");
		assertThat(fingerprintOfAccounts()).isEqualTo(before);
	}

	private MockHttpServletRequestBuilder build(Case badRequest) {
		MockHttpServletRequestBuilder request = request(badRequest.method(), badRequest.path());
		if (badRequest.contentType() != null) {
			request.contentType(badRequest.contentType());
		}
		if (badRequest.body() != null) {
			request.content(badRequest.body());
		}
		switch (badRequest.caller()) {
			case USER -> request.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.userToken);
			case ADMIN -> request.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.adminToken);
			case ANONYMOUS -> {
			}
		}
		return request;
	}

	/**
	 * Number of rows, sum of versions and latest update: any write changes one of them.
	 */
	private String fingerprintOfAccounts() {
		return this.api.fingerprintOfAccounts();
	}

	private static String registration(String email, String password, String name, String phone) {
		StringBuilder json = new StringBuilder("{");
		append(json, "email", email);
		append(json, "password", password);
		append(json, "name", name);
		append(json, "phone", phone);
		return json.append('}').toString();
	}

	private static void append(StringBuilder json, String field, String rawValue) {
		if (rawValue == null) {
			return;
		}
		if (json.length() > 1) {
			json.append(',');
		}
		json.append('"').append(field).append("\":").append(rawValue);
	}

}
