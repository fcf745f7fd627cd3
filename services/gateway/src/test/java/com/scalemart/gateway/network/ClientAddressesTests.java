package com.scalemart.gateway.network;

import java.net.InetSocketAddress;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClientAddressesTests {

	private final ClientAddresses addresses = new ClientAddresses(List.of("127.0.0.1/32", "10.0.0.0/8", "::1/128"));

	@Test
	void anUntrustedPeerIsTheClientWhateverItForwards() {
		assertThat(this.addresses.resolve(request("198.51.100.7", "1.2.3.4"))).isEqualTo("198.51.100.7");
	}

	@Test
	void behindTrustedProxiesTheFirstUntrustedHopFromTheRightIsTheClient() {
		assertThat(this.addresses.resolve(request("127.0.0.1", "6.6.6.6, 203.0.113.5, 10.1.2.3")))
			.isEqualTo("203.0.113.5");
	}

	@Test
	void aTrustedPeerWithoutForwardedForIsTheClient() {
		assertThat(this.addresses.resolve(request("127.0.0.1", null))).isEqualTo("127.0.0.1");
	}

	@Test
	void aGarbledHopEndsTheWalk() {
		assertThat(this.addresses.resolve(request("127.0.0.1", "203.0.113.5, evil.example, 10.0.0.2")))
			.isEqualTo("10.0.0.2");
	}

	@Test
	void onlyLiteralAddressesAreTrusted() {
		assertThat(this.addresses.isTrusted("10.255.0.1")).isTrue();
		assertThat(this.addresses.isTrusted("11.0.0.1")).isFalse();
		assertThat(this.addresses.isTrusted("::1")).isTrue();
		assertThat(this.addresses.isTrusted("localhost")).isFalse();
		assertThat(this.addresses.isTrusted("cafe")).isFalse();
		assertThat(this.addresses.isTrusted(null)).isFalse();
	}

	@Test
	void rangesNeedAValidPrefix() {
		assertThat(Cidr.parse("192.168.0.0/23").matches(Cidr.literal("192.168.1.200").orElseThrow())).isTrue();
		assertThat(Cidr.parse("192.168.0.0/23").matches(Cidr.literal("192.168.2.1").orElseThrow())).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> Cidr.parse("10.0.0.0/33"));
		assertThatIllegalArgumentException().isThrownBy(() -> Cidr.parse("proxy.internal/8"));
	}

	private static MockServerHttpRequest request(String peer, String forwardedFor) {
		MockServerHttpRequest.BaseBuilder<?> builder = MockServerHttpRequest.get("/api/products")
			.remoteAddress(new InetSocketAddress(peer, 40000));
		if (forwardedFor != null) {
			builder.header("X-Forwarded-For", forwardedFor);
		}
		return builder.build();
	}

}
