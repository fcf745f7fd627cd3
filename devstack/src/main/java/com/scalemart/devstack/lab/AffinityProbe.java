package com.scalemart.devstack.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.scalemart.devstack.DevStackException;

/**
 * Clients with different source addresses on 127.0.0.0/8 (all of it is loopback on
 * Linux): each binds its socket to its own address and asks NGINX a few times which
 * gateway answers ({@code X-Upstream}).
 */
final class AffinityProbe {

	private AffinityProbe() {
	}

	/**
	 * @param clients the source addresses, e.g. {@code 127.0.0.2}
	 * @param host NGINX's address
	 * @param port NGINX's port
	 * @param path the path to ask for
	 * @param requests requests per client
	 * @return per client, the gateways that answered it
	 */
	static Map<String, Set<String>> probe(List<String> clients, String host, int port, String path, int requests) {
		Map<String, Set<String>> served = new LinkedHashMap<>();
		for (String client : clients) {
			Set<String> gateways = new LinkedHashSet<>();
			for (int i = 0; i < requests; i++) {
				gateways.add(ask(client, host, port, path));
			}
			served.put(client, gateways);
		}
		return served;
	}

	private static String ask(String client, String host, int port, String path) {
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(InetAddress.getByName(client), 0));
			socket.connect(new InetSocketAddress(host, port), 2000);
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
			for (String line : response.split("\r\n")) {
				if (line.isEmpty()) {
					break;
				}
				if (line.toLowerCase(Locale.ROOT).startsWith("x-upstream:")) {
					String tried = line.substring("x-upstream:".length()).trim();
					return tried.substring(tried.lastIndexOf(' ') + 1);
				}
			}
			throw new DevStackException("NGINX answered " + client + " without X-Upstream: "
					+ response.lines().findFirst().orElse("nothing"));
		}
		catch (IOException ex) {
			throw new DevStackException("client " + client + " could not reach NGINX at " + host + ":" + port + " ("
					+ ex.getMessage() + ")", ex);
		}
	}

}
