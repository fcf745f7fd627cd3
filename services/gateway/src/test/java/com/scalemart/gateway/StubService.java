package com.scalemart.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

/**
 * A downstream service for the gateway's tests: a real HTTP server on 127.0.0.1 that
 * records every request it gets and answers as told. It can be stopped and started again
 * on the same port, to play a service that goes down and comes back.
 */
public final class StubService implements AutoCloseable {

	private final int port;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final AtomicReference<Function<Received, Reply>> replies = new AtomicReference<>(
			(request) -> Reply.json(200, "{\"path\":\"" + request.path() + "\"}"));

	private volatile HttpServer server;

	private StubService(HttpServer server) {
		this.server = server;
		this.port = server.getAddress().getPort();
	}

	/** Starts a stub on a free port. */
	public static StubService start() {
		StubService stub = new StubService(bind(0));
		stub.serve();
		return stub;
	}

	public int port() {
		return this.port;
	}

	public String uri() {
		return "http://127.0.0.1:" + this.port;
	}

	/** How the stub answers from now on. */
	public void answer(Function<Received, Reply> replies) {
		this.replies.set(replies);
	}

	public List<Received> received() {
		return List.copyOf(this.received);
	}

	public Received last() {
		return this.received.get(this.received.size() - 1);
	}

	public void reset() {
		this.received.clear();
	}

	/** Stops listening: connections to the port are refused. */
	public void stop() {
		this.server.stop(0);
	}

	/** Listens again on the same port. */
	public void restart() {
		this.server = bind(this.port);
		serve();
	}

	@Override
	public void close() {
		stop();
	}

	private void serve() {
		this.server.createContext("/", (exchange) -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
					exchange.getRequestURI().getRawQuery(), copy(exchange.getRequestHeaders()),
					new String(body, StandardCharsets.UTF_8));
			this.received.add(request);
			Reply reply = this.replies.get().apply(request);
			reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
			byte[] out = reply.body().getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(reply.status(), (out.length == 0) ? -1 : out.length);
			try (OutputStream stream = exchange.getResponseBody()) {
				stream.write(out);
			}
		});
		this.server.start();
	}

	private static HttpServer bind(int port) {
		try {
			return HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, List<String>> copy(Headers headers) {
		Map<String, List<String>> copy = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
		return copy;
	}

	/** A request the stub received. */
	public record Received(String method, String path, String query, Map<String, List<String>> headers, String body) {

		public String header(String name) {
			List<String> values = this.headers.get(name);
			return (values == null || values.isEmpty()) ? null : values.get(0);
		}

	}

	/** What the stub answers. */
	public record Reply(int status, Map<String, String> headers, String body) {

		public static Reply json(int status, String body) {
			return new Reply(status, Map.of("Content-Type", "application/json"), body);
		}

	}

}
