package com.scalemart.user.admin;

import java.net.ServerSocket;

import com.scalemart.platform.data.shard.ShardRegistry;
import com.scalemart.user.UserApi;
import com.scalemart.user.UserServiceIntegrationTest;
import com.scalemart.user.account.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A shard that is down: cross-shard answers come back in time with the other shards'
 * rows, say they are partial and name the missing shard.
 */
@UserServiceIntegrationTest
// a dead shard is known dead sooner
@TestPropertySource(properties = "scalemart.user.shards.connection-timeout=500ms")
class PartialAnswerIntegrationTests {

	@Autowired
	UserApi api;

	@Autowired
	ShardRegistry registry;

	@Autowired
	JdbcClient directory;

	@Test
	void aShardThatIsDownIsNamedAndTheOthersAnswer() throws Exception {
		for (int i = 0; i < 6; i++) {
			this.api.register("member" + i + "@partial.test");
		}
		this.api.register("root@partial-admins.test");
		this.api.grantRoles("root@partial-admins.test", Role.ADMIN);
		String adminToken = this.api.accessToken("root@partial-admins.test");
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		// a third shard whose server is gone (joining, so nobody is placed by it)
		this.registry.addJoining("jdbc:mariadb://127.0.0.1:" + closedPort + "/gone", 1.0);

		JsonNode users = this.api.body(this.api.getWithToken("/api/admin/users?emailDomain=partial.test", adminToken));
		JsonNode shards = this.api.body(this.api.getWithToken("/api/admin/shards", adminToken));

		assertThat(users.get("partial").asBoolean()).isTrue();
		assertThat(users.get("users")).hasSize(6);
		assertThat(users.get("unavailableShards").size()).isOne();
		assertThat(users.get("unavailableShards").get("2").asString()).isNotBlank();
		assertThat(shards.get("shards")).hasSize(3);
		assertThat(shards.get("shards").get(2).get("users").isNull()).isTrue();
		assertThat(shards.get("shards").get(2).get("unavailable").asString()).isNotBlank();

		// new users go where the ring with the joining shard puts them: some to the dead
		// one
		int refused = 0;
		for (int i = 0; i < 12; i++) {
			String email = "late" + i + "@partial.test";
			MvcResult registered = this.api.register(email);
			int status = registered.getResponse().getStatus();
			assertThat(status).as(registered.getResponse().getContentAsString()).isIn(201, 503);
			if (status == 503) {
				refused++;
				assertThat(registered.getResponse().getContentType()).isEqualTo("application/problem+json");
				assertThat(registered.getResponse().getHeader("Retry-After")).isNotBlank();
				assertThat(this.directory.sql("SELECT COUNT(*) FROM user_emails WHERE email = ?")
					.param(email)
					.query(Integer.class)
					.single()).as("reservation of a refused registration").isZero();
			}
		}
		assertThat(refused).as("registrations placed on the dead shard").isPositive();
	}

}
