package com.scalemart.devstack.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Asks a service whether it is ready: {@code GET /actuator/health/readiness} answering
 * 200 means its database and Redis are reachable, not merely that its port is open. A
 * service may name further paths that must answer 200 too.
 */
public final class ReadinessProbe {

	private static final Duration TIMEOUT = Duration.ofSeconds(2);

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	public static URI readinessUri(String baseUrl) {
		return URI.create(baseUrl + "/actuator/health/readiness");
	}

	/**
	 * Probes once.
	 * @param baseUrl the service's base URL, e.g. {@code http://127.0.0.1:8081}
	 * @return whether it answered 200
	 */
	public boolean isReady(String baseUrl) {
		return answers200(readinessUri(baseUrl));
	}

	/**
	 * Probes once, then each further path.
	 * @param baseUrl the service's base URL
	 * @param paths paths that must answer 200 too
	 * @return whether all answered 200
	 */
	public boolean isReady(String baseUrl, List<String> paths) {
		return isReady(baseUrl) && paths.stream().allMatch((path) -> answers200(URI.create(baseUrl + path)));
	}

	private boolean answers200(URI uri) {
		HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
