package com.scalemart.devstack.lab;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.scalemart.devstack.config.HostPort;
import com.scalemart.devstack.nginx.Balancing;
import com.scalemart.devstack.nginx.Nginx;
import com.scalemart.devstack.nginx.NginxBinary;
import com.scalemart.devstack.nginx.NginxConfig;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lab's readings of a real nginx: its access log and ip_hash's affinity by source
 * address.
 */
class LabNginxIntegrationTests {

	private final List<HttpServer> servers = new ArrayList<>();

	@TempDir
	Path prefix;

	@AfterEach
	void stopServers() {
		this.servers.forEach((server) -> server.stop(0));
	}

	@Test
	void theAccessLogNamesTheGatewayThatAnsweredEachRequest() throws IOException {
		List<HostPort> upstreams = List.of(server(), server());
		try (Nginx nginx = start(upstreams, "round_robin")) {
			AccessLog log = new AccessLog(this.prefix.resolve("logs/access.log"));
			log.mark();
			Map<String, Set<String>> served = AffinityProbe.probe(List.of("127.0.0.1"), "127.0.0.1",
					nginx.config().listen().port(), "/api/ping", 10);
			List<AccessLog.Entry> entries = log.sinceMark();
			assertThat(entries).hasSize(10).allSatisfy((entry) -> assertThat(entry.status()).isEqualTo(200));
			assertThat(entries.stream().map(AccessLog.Entry::servedBy)).containsOnly(upstreams.get(0).toString(),
					upstreams.get(1).toString());
			assertThat(served.get("127.0.0.1")).hasSize(2);
		}
	}

	@Test
	void ipHashKeepsAClientOnOneGatewayAndTakesOnlyTheFirstThreeOctets() throws IOException {
		List<HostPort> upstreams = List.of(server(), server(), server());
		try (Nginx nginx = start(upstreams, "ip_hash")) {
			int port = nginx.config().listen().port();
			Map<String, Set<String>> sameSubnet = AffinityProbe.probe(List.of("127.0.0.2", "127.0.0.3", "127.0.0.4"),
					"127.0.0.1", port, "/", 4);
			assertThat(sameSubnet.values()).allSatisfy((gateways) -> assertThat(gateways).hasSize(1));
			assertThat(sameSubnet.values().stream().distinct()).hasSize(1);
			Map<String, Set<String>> otherSubnets = AffinityProbe.probe(
					List.of("127.0.1.1", "127.0.2.1", "127.0.3.1", "127.0.4.1", "127.0.5.1", "127.0.6.1"), "127.0.0.1",
					port, "/", 4);
			assertThat(otherSubnets.values()).allSatisfy((gateways) -> assertThat(gateways).hasSize(1));
			assertThat(otherSubnets.values().stream().distinct().count()).isGreaterThan(1);
		}
	}

	private Nginx start(List<HostPort> upstreams, String lb) throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		NginxConfig config = NginxConfig
			.of(new HostPort("127.0.0.1", port), upstreams, Balancing.parse(lb), this.prefix)
			.withAccessLog(this.prefix.resolve("logs/access.log") + " scalemart");
		return Nginx.start(NginxBinary.require(System.getenv()),
				Nginx.template(Path.of("").toAbsolutePath().getParent()), config, this.prefix.resolve("nginx.out"));
	}

	private HostPort server() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
		server.createContext("/", (exchange) -> {
			try (exchange) {
				exchange.sendResponseHeaders(200, 2);
				exchange.getResponseBody().write("ok".getBytes());
			}
		});
		server.start();
		this.servers.add(server);
		return new HostPort("127.0.0.1", server.getAddress().getPort());
	}

}
