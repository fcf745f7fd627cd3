package com.scalemart.gateway.network;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;

import com.scalemart.gateway.config.EdgeProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;

/**
 * Finds the address of the client that sent a request, the way the services'
 * {@code ClientAddressResolver} does for servlets. {@code X-Forwarded-For} is believed
 * only as far as proxies we trust wrote it: walking it from the right, the first address
 * that is not a trusted proxy is the client. Anything left of that is whatever the client
 * chose to send, and would let anyone pick the address their rate limit is counted
 * against.
 */
@Component
public class ClientAddresses {

	static final String FORWARDED_FOR = "X-Forwarded-For";

	private static final String UNKNOWN = "unknown";

	private final List<Cidr> trustedProxies;

	@Autowired
	ClientAddresses(EdgeProperties properties) {
		this(properties.trustedProxies());
	}

	ClientAddresses(List<String> trustedProxies) {
		this.trustedProxies = trustedProxies.stream().map(Cidr::parse).toList();
	}

	/** The client's address, as far as trusted proxies vouch for it. */
	public String resolve(ServerHttpRequest request) {
		String peer = peer(request);
		if (!isTrusted(peer)) {
			return peer;
		}
		String forwardedFor = request.getHeaders().getFirst(FORWARDED_FOR);
		if (forwardedFor == null || forwardedFor.isBlank()) {
			return peer;
		}
		String[] hops = forwardedFor.split(",");
		for (int i = hops.length - 1; i >= 0; i--) {
			String hop = hops[i].strip();
			if (!isAddress(hop)) {
				// A garbled hop ends what we can believe; the last trusted hop is the
				// best answer.
				return peer;
			}
			if (!isTrusted(hop)) {
				return hop;
			}
			peer = hop;
		}
		return peer;
	}

	/** The address of the host connected to us: a proxy or the client itself. */
	public static String peer(ServerHttpRequest request) {
		InetSocketAddress remote = request.getRemoteAddress();
		if (remote == null || remote.getAddress() == null) {
			return UNKNOWN;
		}
		return remote.getAddress().getHostAddress();
	}

	/** Whether the address is one of the proxies whose forwarded headers we believe. */
	public boolean isTrusted(@Nullable String address) {
		if (address == null) {
			return false;
		}
		Optional<InetAddress> literal = Cidr.literal(address);
		if (literal.isEmpty()) {
			return false;
		}
		for (Cidr proxy : this.trustedProxies) {
			if (proxy.matches(literal.get())) {
				return true;
			}
		}
		return false;
	}

	private static boolean isAddress(String candidate) {
		return Cidr.literal(candidate).isPresent();
	}

}
