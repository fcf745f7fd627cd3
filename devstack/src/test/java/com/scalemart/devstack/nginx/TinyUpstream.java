package com.scalemart.devstack.nginx;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import com.scalemart.devstack.config.HostPort;

/**
 * A tiny HTTP server on 127.0.0.1 that answers every request with its id, standing in for
 * a gateway behind NGINX.
 */
final class TinyUpstream implements AutoCloseable {

	private final String id;

	private final HttpServer server;

	private final AtomicInteger gets = new AtomicInteger();

	private final AtomicInteger posts = new AtomicInteger();

	private TinyUpstream(String id, HttpServer server) {
		this.id = id;
		this.server = server;
	}

	static TinyUpstream start(String id) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
		TinyUpstream upstream = new TinyUpstream(id, server);
		server.createContext("/", (exchange) -> {
			try (exchange) {
				exchange.getRequestBody().readAllBytes();
				("POST".equals(exchange.getRequestMethod()) ? upstream.posts : upstream.gets).incrementAndGet();
				byte[] body = id.getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().add("X-Served-By", id);
				exchange.sendResponseHeaders(200, body.length);
				exchange.getResponseBody().write(body);
			}
		});
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		server.start();
		return upstream;
	}

	String id() {
		return this.id;
	}

	HostPort address() {
		return new HostPort("127.0.0.1", this.server.getAddress().getPort());
	}

	int gets() {
		return this.gets.get();
	}

	int posts() {
		return this.posts.get();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
