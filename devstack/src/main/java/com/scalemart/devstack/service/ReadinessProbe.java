package com.scalemart.devstack.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Asks a service whether it is ready: {@code GET /actuator/health/readiness} answering
 * 200 means its database and Redis are reachable, not merely that its port is open.
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
		HttpRequest request = HttpRequest.newBuilder(readinessUri(baseUrl)).timeout(TIMEOUT).GET().build();
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
