package com.scalemart.devstack.nginx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.scalemart.devstack.config.HostPort;

/**
 * Starts a real nginx for a test, failing with the install command when there is none.
 */
final class Nginxes {

	static final Path HOME = Path.of("").toAbsolutePath().getParent();

	private Nginxes() {
	}

	static NginxBinary binary() {
		return NginxBinary.require(System.getenv());
	}

	static NginxConfig config(List<TinyUpstream> upstreams, Balancing balancing, Path prefix) {
		return NginxConfig.of(new HostPort("127.0.0.1", freePort()),
				upstreams.stream().map(TinyUpstream::address).toList(), balancing, prefix);
	}

	static Nginx start(NginxConfig config) {
		return Nginx.start(binary(), Nginx.template(HOME), config, config.prefix().resolve("nginx.out"));
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static HttpClient client() {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	static HttpResponse<String> send(HttpClient client, Nginx nginx, String method) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + nginx.config().listen() + "/api/ping"))
			.method(method,
					"POST".equals(method) ? HttpRequest.BodyPublishers.ofString("{}")
							: HttpRequest.BodyPublishers.noBody())
			.timeout(Duration.ofSeconds(20))
			.build();
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
