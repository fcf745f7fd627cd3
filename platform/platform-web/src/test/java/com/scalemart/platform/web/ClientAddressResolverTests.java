package com.scalemart.platform.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressResolverTests {

	private final ClientAddressResolver resolver = new ClientAddressResolver(List.of("127.0.0.1/32", "10.0.0.0/8"));

	@Test
	void aDirectClientIsItsPeerAddress() {
		assertThat(this.resolver.resolve(request("203.0.113.9", null))).isEqualTo("203.0.113.9");
	}

	@Test
	void anUntrustedPeerCannotClaimAnotherAddress() {
		assertThat(this.resolver.resolve(request("203.0.113.9", "198.51.100.1"))).isEqualTo("203.0.113.9");
	}

	@Test
	void aTrustedProxyTellsWhoItServes() {
		assertThat(this.resolver.resolve(request("127.0.0.1", "198.51.100.1"))).isEqualTo("198.51.100.1");
	}

	@Test
	void onlyTheHopsAddedByTrustedProxiesCount() {
		// The client wrote "1.1.1.1" itself; NGINX (10.0.0.5) appended the real client.
		assertThat(this.resolver.resolve(request("127.0.0.1", "1.1.1.1, 198.51.100.1, 10.0.0.5")))
			.isEqualTo("198.51.100.1");
	}

	@Test
	void whenEveryHopIsTrustedTheFirstOneIsTheClient() {
		assertThat(this.resolver.resolve(request("127.0.0.1", "10.0.0.7, 10.0.0.5"))).isEqualTo("10.0.0.7");
	}

	@Test
	void aGarbledHopStopsTheWalk() {
		assertThat(this.resolver.resolve(request("127.0.0.1", "198.51.100.1, <script>"))).isEqualTo("127.0.0.1");
	}

	@Test
	void ipv6ProxiesAndClientsWork() {
		ClientAddressResolver resolver = new ClientAddressResolver(List.of("::1/128"));
		assertThat(resolver.resolve(request("0:0:0:0:0:0:0:1", "2001:db8::7"))).isEqualTo("2001:db8::7");
	}

	private static MockHttpServletRequest request(String peer, String forwardedFor) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(peer);
		if (forwardedFor != null) {
			request.addHeader(ClientAddressResolver.FORWARDED_FOR, forwardedFor);
		}
		return request;
	}

}
