package com.scalemart.user.auth;

import java.time.Duration;

import com.scalemart.user.UserApi;
import com.scalemart.user.UserServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@UserServiceIntegrationTest
@TestPropertySource(
		properties = { "scalemart.user.throttle.account-failures=3", "scalemart.user.throttle.account-window=3s",
				"scalemart.user.throttle.address-attempts=6", "scalemart.user.throttle.address-window=3s" })
class LoginThrottleIntegrationTests {

	@Autowired
	UserApi api;

	@Test
	void failedLoginsLockTheAccountForTheWindowThenItRecovers() throws Exception {
		this.api.register("guessed@example.com");
		for (int i = 0; i < 3; i++) {
			assertThat(login("guessed@example.com", "wrong-password-" + i, "198.51.100." + i).getResponse().getStatus())
				.isEqualTo(401);
		}

		// Even the right password, from anywhere, waits for the window to end.
		MvcResult locked = login("guessed@example.com", UserApi.PASSWORD, "198.51.100.99");
		assertThat(locked.getResponse().getStatus()).isEqualTo(429);
		assertThat(Long.parseLong(locked.getResponse().getHeader(HttpHeaders.RETRY_AFTER))).isBetween(1L, 3L);
		assertThat(this.api.body(locked).get("type").asString()).endsWith("/rate-limited");

		await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> login("guessed@example.com", UserApi.PASSWORD, "198.51.100.100").getResponse()
				.getStatus() == 200);
	}

	@Test
	void anAddressIsLimitedWhateverAccountsItTries() throws Exception {
		for (int i = 0; i < 6; i++) {
			assertThat(
					login("nobody-" + i + "@example.com", "whatever-password", "203.0.113.7").getResponse().getStatus())
				.isEqualTo(401);
		}
		MvcResult limited = login("nobody-6@example.com", "whatever-password", "203.0.113.7");
		assertThat(limited.getResponse().getStatus()).isEqualTo(429);
		assertThat(limited.getResponse().getHeader(HttpHeaders.RETRY_AFTER)).isNotNull();

		// Another address is counted on its own.
		assertThat(login("nobody-7@example.com", "whatever-password", "203.0.113.8").getResponse().getStatus())
			.isEqualTo(401);
	}

	@Test
	void aForwardedForHeaderFromAnUntrustedPeerIsIgnored() throws Exception {
		// The peer is not one of our proxies: each request claims another address, all
		// are
		// counted against the peer.
		for (int i = 0; i < 6; i++) {
			assertThat(loginFromPeer("192.0.2.50", "10.0.0." + i).getResponse().getStatus()).isEqualTo(401);
		}
		assertThat(loginFromPeer("192.0.2.50", "10.0.0.200").getResponse().getStatus()).isEqualTo(429);
	}

	private MvcResult login(String email, String password, String forwardedFor) throws Exception {
		return this.api.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
			.header("X-Forwarded-For", forwardedFor)
			.content(json(email, password)));
	}

	private MvcResult loginFromPeer(String peer, String claimedAddress) throws Exception {
		return this.api.perform(post("/api/auth/login").with((request) -> {
			request.setRemoteAddr(peer);
			return request;
		})
			.contentType(MediaType.APPLICATION_JSON)
			.header("X-Forwarded-For", claimedAddress)
			.content(json("someone-" + claimedAddress + "@example.com", "whatever-password")));
	}

	private static String json(String email, String password) {
		return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
	}

}
