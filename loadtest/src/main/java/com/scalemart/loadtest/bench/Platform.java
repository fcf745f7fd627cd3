package com.scalemart.loadtest.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The running platform as {@code ./scalemart up} recorded it in its state file, and the
 * few HTTP calls the load-test commands make to it (readiness, a scrape, a count).
 */
public final class Platform {

	static final String NOT_RUNNING = "ScaleMart is not running: start it with ./scalemart up (in another terminal)";

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final Map<String, String> serviceUrls;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	Platform(Map<String, String> serviceUrls) {
		this.serviceUrls = Map.copyOf(serviceUrls);
	}

	/**
	 * Reads the state file of a running {@code up}.
	 * @param stateFile e.g. {@code .scalemart/state.json}
	 * @return the platform
	 * @throws IllegalStateException naming {@code ./scalemart up} if nothing runs
	 */
	public static Platform read(Path stateFile) {
		if (!Files.exists(stateFile)) {
			throw new IllegalStateException(NOT_RUNNING);
		}
		try {
			JsonNode state = JsonMapper.builder().build().readTree(Files.readString(stateFile));
			boolean launcherAlive = ProcessHandle.of(state.path("launcherPid").asLong())
				.map(ProcessHandle::isAlive)
				.orElse(false);
			if (!launcherAlive) {
				throw new IllegalStateException(NOT_RUNNING);
			}
			Map<String, String> urls = new LinkedHashMap<>();
			for (JsonNode entry : state.path("entries")) {
				if ("service".equals(entry.path("kind").asString())) {
					urls.put(entry.path("name").asString(), entry.path("url").asString());
				}
			}
			return new Platform(urls);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read " + stateFile + " (" + ex.getMessage() + ")", ex);
		}
	}

	/**
	 * @param service e.g. {@code catalog-service}
	 * @return its base URL
	 * @throws IllegalStateException if the run has no such service
	 */
	public String url(String service) {
		String url = this.serviceUrls.get(service);
		if (url == null) {
			throw new IllegalStateException(service
					+ " is not part of the running ScaleMart: restart it with ./scalemart down && ./scalemart up");
		}
		return url;
	}

	/**
	 * Checks that a service answers its readiness probe.
	 * @param service the service
	 * @throws IllegalStateException naming the service if it is not ready
	 */
	public void requireReady(String service) {
		String url = url(service);
		if (!isReady(url)) {
			throw new IllegalStateException(service + " at " + url
					+ " is not ready: check ./scalemart status and its log, or restart with ./scalemart down && ./scalemart up");
		}
	}

	/**
	 * @param baseUrl any service's base URL
	 * @throws IllegalStateException if it does not answer its readiness probe with 200
	 */
	public void requireReadyAt(String baseUrl) {
		if (!isReady(baseUrl)) {
			throw new IllegalStateException(baseUrl + " is not ready");
		}
	}

	private boolean isReady(String baseUrl) {
		return get(baseUrl + "/actuator/health/readiness").filter((response) -> response.statusCode() == 200)
			.isPresent();
	}

	/**
	 * @param baseUrl a service's base URL
	 * @return its Prometheus scrape
	 */
	public PrometheusText scrape(String baseUrl) {
		return get(baseUrl + "/actuator/prometheus").filter((response) -> response.statusCode() == 200)
			.map((response) -> PrometheusText.parse(response.body()))
			.orElseThrow(() -> new IllegalStateException(baseUrl + "/actuator/prometheus did not answer 200"));
	}

	/**
	 * @param catalogUrl the catalog's base URL
	 * @return how many products the catalog holds
	 */
	public long productCount(String catalogUrl) {
		return get(catalogUrl + "/api/products?size=1").filter((response) -> response.statusCode() == 200)
			.map((response) -> JsonMapper.builder().build().readTree(response.body()).path("totalItems").asLong())
			.orElseThrow(() -> new IllegalStateException(catalogUrl + "/api/products did not answer 200"));
	}

	Optional<HttpResponse<String>> get(String url) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build();
		try {
			return Optional.of(this.http.send(request, HttpResponse.BodyHandlers.ofString()));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

}
