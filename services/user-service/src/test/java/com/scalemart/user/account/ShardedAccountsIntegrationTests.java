package com.scalemart.user.account;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.scalemart.platform.data.shard.ShardRegistry;
import com.scalemart.platform.data.shard.ShardRouter;
import com.scalemart.user.UserApi;
import com.scalemart.user.UserServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts spread over two shards: placed by the ring, found by email through the global
 * lookup, unique across shards, and never half-written.
 */
@UserServiceIntegrationTest
class ShardedAccountsIntegrationTests {

	@Autowired
	UserApi api;

	@Autowired
	ShardRouter router;

	@Autowired
	ShardRegistry registry;

	@Autowired
	JdbcClient directory;

	@Test
	void accountsAreSpreadOverTheShardsAndEachLogsInThroughTheEmailLookup() throws Exception {
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			JsonNode user = this.api.body(this.api.register("spread-" + i + "@example.com"));
			ids.add(UUID.fromString(user.get("id").asString()));
		}
		Map<Integer, Long> perShard = new java.util.TreeMap<>();
		for (UUID id : ids) {
			int shard = this.router.locate(id);
			perShard.merge(shard, 1L, Long::sum);
			assertThat(rowsOn(shard, id)).as("row of %s on shard %d", id, shard).isOne();
			assertThat(rowsOn(1 - shard, id)).as("row of %s on the other shard", id).isZero();
		}
		assertThat(perShard).containsOnlyKeys(0, 1);

		for (int i = 0; i < 24; i += 5) {
			JsonNode tokens = this.api.login("spread-" + i + "@example.com");
			assertThat(tokens.get("accessToken").asString()).isNotBlank();
		}
	}

	@Test
	void anEmailIsTakenOnceAcrossShardsEvenWhenRegistrationsRace() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(8);
		List<Callable<Integer>> registrations = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			String email = (i % 2 == 0) ? "race@example.com" : "Race@Example.com";
			registrations.add(() -> this.api.register(email).getResponse().getStatus());
		}
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> status : threads.invokeAll(registrations)) {
			statuses.add(status.get());
		}
		threads.shutdown();

		assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
		assertThat(this.directory.sql("SELECT COUNT(*) FROM user_emails WHERE email = 'race@example.com'")
			.query(Integer.class)
			.single()).isOne();
		long rows = 0;
		for (int shard : this.registry.layout().shards().keySet()) {
			rows += this.registry.database(shard)
				.jdbc()
				.sql("SELECT COUNT(*) FROM users WHERE email = 'race@example.com'")
				.query(Long.class)
				.single();
		}
		assertThat(rows).as("user rows over all shards").isOne();
	}

	@Test
	void anEmailReservedByARegistrationThatNeverFinishedIsFreedAfterAMinute() throws Exception {
		this.directory.sql("INSERT INTO user_emails (email, user_id, reserved_at) VALUES (?, ?, ?)")
			.params("orphan@example.com", UUID.randomUUID().toString(),
					LocalDateTime.now(ZoneOffset.UTC).minusMinutes(2))
			.update();
		this.directory.sql("INSERT INTO user_emails (email, user_id, reserved_at) VALUES (?, ?, ?)")
			.params("just-reserved@example.com", UUID.randomUUID().toString(), LocalDateTime.now(ZoneOffset.UTC))
			.update();

		assertThat(this.api.register("orphan@example.com").getResponse().getStatus()).isEqualTo(201);
		assertThat(this.api.login("orphan@example.com").get("accessToken").asString()).isNotBlank();
		// a reservation this young may be a registration still in flight
		assertThat(this.api.register("just-reserved@example.com").getResponse().getStatus()).isEqualTo(409);
	}

	@Test
	void aRegistrationTheShardRefusesLeavesNoEmailBehind() throws Exception {
		for (int shard : this.registry.layout().shards().keySet()) {
			this.registry.database(shard).jdbc().sql("RENAME TABLE users TO users_away").update();
		}
		MvcResult refused;
		try {
			refused = this.api.register("refused@example.com");
		}
		finally {
			for (int shard : this.registry.layout().shards().keySet()) {
				this.registry.database(shard).jdbc().sql("RENAME TABLE users_away TO users").update();
			}
		}
		assertThat(refused.getResponse().getStatus()).isEqualTo(500);
		assertThat(refused.getResponse().getContentType()).isEqualTo("application/problem+json");
		assertThat(this.directory.sql("SELECT COUNT(*) FROM user_emails WHERE email = 'refused@example.com'")
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.api.register("refused@example.com").getResponse().getStatus()).isEqualTo(201);
	}

	private long rowsOn(int shard, UUID id) {
		return this.registry.database(shard)
			.jdbc()
			.sql("SELECT COUNT(*) FROM users WHERE id = ?")
			.param(id.toString())
			.query(Long.class)
			.single();
	}

}
