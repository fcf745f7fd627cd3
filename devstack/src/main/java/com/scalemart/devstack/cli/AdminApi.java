package com.scalemart.devstack.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.scalemart.devstack.DevStackException;
import com.scalemart.devstack.service.AdminAccount;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The user service's admin API as the launcher's commands call it: logs in as the
 * platform's administrator, then sends JSON and reads JSON, turning problem details into
 * one-line errors.
 */
final class AdminApi {

	/** An answer: its status and body. */
	record Answer(int status, JsonNode body) {

		boolean ok() {
			return this.status >= 200 && this.status < 300;
		}

		String problem() {
			String detail = this.body.path("detail").asString("");
			String title = this.body.path("title").asString("");
			return this.status + " " + (detail.isEmpty() ? title : detail);
		}

	}

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final String baseUrl;

	private final String token;

	private AdminApi(String baseUrl, String token) {
		this.baseUrl = baseUrl;
		this.token = token;
	}

	/**
	 * Logs in as the administrator.
	 * @param baseUrl the user service, e.g. {@code http://127.0.0.1:8081}
	 * @param admin the administrator
	 * @return the API, with an access token
	 */
	static AdminApi login(String baseUrl, AdminAccount admin) throws InterruptedException {
		AdminApi anonymous = new AdminApi(baseUrl, "");
		Answer answer = anonymous.send("POST", "/api/auth/login",
				Map.of("email", admin.email(), "password", admin.password()));
		if (!answer.ok()) {
			throw new DevStackException("cannot log in as " + admin.email() + " at " + baseUrl + ": " + answer.problem()
					+ " (the account is made at the first ./scalemart up with this state directory)");
		}
		return new AdminApi(baseUrl, answer.body().path("accessToken").asString());
	}

	Answer get(String path) throws InterruptedException {
		return send("GET", path, null);
	}

	Answer post(String path, Object body) throws InterruptedException {
		return send("POST", path, body);
	}

	private Answer send(String method, String path, Object body) throws InterruptedException {
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
				.timeout(TIMEOUT)
				.header("Accept", "application/json, application/problem+json");
			if (!this.token.isEmpty()) {
				request.header("Authorization", "Bearer " + this.token);
			}
			if (body != null) {
				request.header("Content-Type", "application/json")
					.method(method, HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body)));
			}
			else {
				request.method(method, HttpRequest.BodyPublishers.noBody());
			}
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			String text = response.body();
			JsonNode parsed = (text == null || text.isBlank()) ? this.json.createObjectNode()
					: this.json.readTree(text);
			return new Answer(response.statusCode(), parsed);
		}
		catch (IOException ex) {
			throw new DevStackException("the user service at " + this.baseUrl + " does not answer (" + ex.getMessage()
					+ "): is ./scalemart up running?", ex);
		}
	}

}
