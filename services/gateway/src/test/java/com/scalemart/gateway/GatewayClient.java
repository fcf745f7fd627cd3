package com.scalemart.gateway;

import java.net.InetSocketAddress;
import java.time.Duration;

import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Clients of a gateway under test, over real HTTP. */
public final class GatewayClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private GatewayClient() {
	}

	/** A client connecting from 127.0.0.1. */
	public static WebTestClient to(int port) {
		return from("127.0.0.1", port);
	}

	/**
	 * A client connecting from the given loopback address (any of 127.0.0.0/8 works on
	 * Linux), to play a peer that is or is not a trusted proxy.
	 */
	public static WebTestClient from(String localAddress, int port) {
		HttpClient http = HttpClient.create().bindAddress(() -> new InetSocketAddress(localAddress, 0));
		return WebTestClient.bindToServer(new ReactorClientHttpConnector(http))
			.baseUrl("http://127.0.0.1:" + port)
			.responseTimeout(Duration.ofSeconds(20))
			.build();
	}

	public static JsonNode json(EntityExchangeResult<byte[]> result) {
		return JSON.readTree(result.getResponseBody());
	}

}
