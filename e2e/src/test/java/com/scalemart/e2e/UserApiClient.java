package com.scalemart.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's HTTP API as a client sees it: the user service's calls, and plain reads.
 */
final class UserApiClient {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final String baseUrl;

	UserApiClient(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	Response register(String email, String password, String name, String phone)
			throws IOException, InterruptedException {
		return post("/api/users", Map.of("email", email, "password", password, "name", name, "phone", phone));
	}

	Response login(String email, String password) throws IOException, InterruptedException {
		return post("/api/auth/login", Map.of("email", email, "password", password));
	}

	Response me(String accessToken) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.baseUrl + "/api/users/me"))
			.timeout(TIMEOUT)
			.header("Authorization", "Bearer " + accessToken)
			.GET()
			.build();
		return send(request);
	}

	/**
	 * A {@code GET} of any path, with the response's headers.
	 * @param path e.g. {@code /api/products/1}
	 * @return the response
	 */
	Response get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path)).timeout(TIMEOUT).GET().build());
	}

	private Response post(String path, Map<String, String> body) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(TIMEOUT)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body)))
			.build();
		return send(request);
	}

	private Response send(HttpRequest request) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		String body = response.body();
		JsonNode node = body.isBlank() ? this.json.createObjectNode() : this.json.readTree(body);
		return new Response(response.statusCode(), node, body, response.headers().firstValue("X-Cache").orElse(""));
	}

	record Response(int status, JsonNode body, String text, String cache) {

		String field(String name) {
			JsonNode value = this.body.get(name);
			return (value != null) ? value.asString() : "";
		}

	}

}
