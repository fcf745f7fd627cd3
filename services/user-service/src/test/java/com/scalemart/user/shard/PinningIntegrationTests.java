package com.scalemart.user.shard;

import java.util.UUID;

import com.scalemart.platform.data.shard.Placement;
import com.scalemart.platform.data.shard.ShardDirectory;
import com.scalemart.platform.data.shard.ShardRouter;
import com.scalemart.user.UserApi;
import com.scalemart.user.UserServiceIntegrationTest;
import com.scalemart.user.account.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * {@code /api/admin/shards/pins}: a hot user on a shard of an operator's choice, and
 * back.
 */
@UserServiceIntegrationTest
class PinningIntegrationTests {

	@Autowired
	UserApi api;

	@Autowired
	ShardRouter router;

	@Autowired
	ShardDirectory directory;

	@Test
	void aPinnedUserMovesWithItsDataAndComesBackToTheRing() throws Exception {
		String admin = admin("pinner@example.com");
		String token = this.api.accessToken("hot@example.com");
		UUID hot = UUID.fromString(this.api.body(this.api.getWithToken("/api/users/me", token)).get("id").asString());
		int ringShard = this.router.locateFresh(hot);
		int other = 1 - ringShard;

		MvcResult pinned = pin(hot, "{\"shard\": " + other + "}", admin);

		assertThat(pinned.getResponse().getStatus()).as(pinned.getResponse().getContentAsString()).isEqualTo(200);
		JsonNode body = this.api.body(pinned);
		assertThat(body.get("shard").asInt()).isEqualTo(other);
		assertThat(body.get("fenceMillis").asDouble()).isPositive();
		assertThat(this.directory.lookupFresh(hot)).hasValueSatisfying((entry) -> {
			assertThat(entry.shardId()).isEqualTo(other);
			assertThat(entry.placement()).isEqualTo(Placement.PINNED);
		});
		assertThat(this.api.body(this.api.getWithToken("/api/users/me", token)).get("email").asString())
			.isEqualTo("hot@example.com");
		assertThat(this.api.login("hot@example.com").get("accessToken").asString()).isNotBlank();

		MvcResult unpinned = this.api
			.perform(delete("/api/admin/shards/pins/" + hot).header(HttpHeaders.AUTHORIZATION, "Bearer " + admin));
		assertThat(unpinned.getResponse().getStatus()).isEqualTo(200);
		assertThat(this.api.body(unpinned).get("shard").asInt()).isEqualTo(ringShard);
		assertThat(this.directory.lookupFresh(hot)).isEmpty();
		assertThat(this.api.body(this.api.getWithToken("/api/users/me", token)).get("email").asString())
			.isEqualTo("hot@example.com");
	}

	@Test
	void badPinsAreProblems() throws Exception {
		String admin = admin("careful-pinner@example.com");
		UUID someone = UUID.fromString(this.api.body(this.api.register("someone@example.com")).get("id").asString());

		assertThat(pin(UUID.randomUUID(), "{\"shard\": 0}", admin).getResponse().getStatus()).isEqualTo(404);
		assertThat(pin(someone, "{\"shard\": 9}", admin).getResponse().getStatus()).isEqualTo(422);
		assertThat(pin(someone, "{\"shard\": -1}", admin).getResponse().getStatus()).isEqualTo(400);
		assertThat(pin(someone, "{}", admin).getResponse().getStatus()).isEqualTo(400);
		MvcResult notAdmin = pin(someone, "{\"shard\": 0}", this.api.accessToken("plain@example.com"));
		assertThat(notAdmin.getResponse().getStatus()).isEqualTo(403);
		assertThat(this.directory.lookupFresh(someone)).isEmpty();
	}

	private String admin(String email) throws Exception {
		this.api.register(email);
		this.api.grantRoles(email, Role.ADMIN);
		return this.api.accessToken(email);
	}

	private MvcResult pin(UUID user, String json, String token) throws Exception {
		return this.api.perform(put("/api/admin/shards/pins/" + user).contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.content(json));
	}

}
