package com.scalemart.gateway.network;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An address range such as {@code 10.0.0.0/8} or {@code ::1/128}. Only literal addresses
 * are parsed, never host names: matching must not resolve DNS on the request path.
 * (Spring Security's {@code IpAddressMatcher} is a servlet request matcher.)
 */
record Cidr(byte[] network, int prefixLength) {

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

	static Cidr parse(String range) {
		String[] parts = range.strip().split("/", 2);
		byte[] network = literal(parts[0])
			.orElseThrow(() -> new IllegalArgumentException("Not an address range: " + range))
			.getAddress();
		int prefixLength = (parts.length == 2) ? Integer.parseInt(parts[1]) : network.length * 8;
		if (prefixLength < 0 || prefixLength > network.length * 8) {
			throw new IllegalArgumentException("Not an address range: " + range);
		}
		return new Cidr(network, prefixLength);
	}

	/** The address if the text is an IPv4 or IPv6 literal; empty for anything else. */
	static Optional<InetAddress> literal(String text) {
		boolean v4 = IPV4.matcher(text).matches();
		boolean v6 = !v4 && text.indexOf(':') >= 0 && IPV6.matcher(text).matches();
		if (!v4 && !v6) {
			return Optional.empty();
		}
		try {
			// a literal: getByName only parses it
			return Optional.of(InetAddress.getByName(text));
		}
		catch (UnknownHostException ex) {
			return Optional.empty();
		}
	}

	boolean matches(InetAddress address) {
		byte[] candidate = address.getAddress();
		if (candidate.length != this.network.length) {
			return false;
		}
		int fullBytes = this.prefixLength / 8;
		for (int i = 0; i < fullBytes; i++) {
			if (candidate[i] != this.network[i]) {
				return false;
			}
		}
		int remainingBits = this.prefixLength % 8;
		if (remainingBits == 0) {
			return true;
		}
		int mask = (0xFF << (8 - remainingBits)) & 0xFF;
		return (candidate[fullBytes] & mask) == (this.network[fullBytes] & mask);
	}

}
