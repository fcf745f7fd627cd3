package com.scalemart.platform.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * Finds the address of the client that sent a request. {@code X-Forwarded-For} is
 * believed only as far as it was written by proxies we trust: walking it from the right,
 * the first address that is not a trusted proxy is the client. A client can put anything
 * on the left of that header, so trusting it blindly would let anyone pick the address
 * their rate limit is counted against.
 */
public class ClientAddressResolver {

	static final String FORWARDED_FOR = "X-Forwarded-For";

	private final List<IpAddressMatcher> trustedProxies;

	public ClientAddressResolver(List<String> trustedProxies) {
		this.trustedProxies = trustedProxies.stream().map(IpAddressMatcher::new).toList();
	}

	public String resolve(HttpServletRequest request) {
		String peer = request.getRemoteAddr();
		if (!isTrusted(peer)) {
			return peer;
		}
		String forwardedFor = request.getHeader(FORWARDED_FOR);
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

	private boolean isTrusted(String address) {
		for (IpAddressMatcher proxy : this.trustedProxies) {
			if (proxy.matches(address)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isAddress(String candidate) {
		if (candidate.isEmpty() || candidate.length() > 45) {
			return false;
		}
		for (int i = 0; i < candidate.length(); i++) {
			char c = candidate.charAt(i);
			boolean allowed = Character.digit(c, 16) >= 0 || c == '.' || c == ':';
			if (!allowed) {
				return false;
			}
		}
		return true;
	}

}
