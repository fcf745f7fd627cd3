package com.scalemart.user.shard;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.scalemart.platform.data.shard.ShardRegistry;
import com.scalemart.user.UserApi;
import com.scalemart.user.UserServiceIntegrationTest;
import com.scalemart.user.account.Role;
import com.scalemart.user.account.User;
import com.scalemart.user.account.UserManagement;
import com.scalemart.user.orderhistory.OrderEntry;
import com.scalemart.user.orderhistory.OrderHistory;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code POST /api/admin/shards} while users keep writing: orders appended and profiles
 * changed during the job are all there afterwards, each once, on the shard each user is
 * routed to.
 */
@UserServiceIntegrationTest
@TestPropertySource(properties = { "scalemart.user.shards.refresh-interval=100ms",
		"scalemart.user.shards.directory-cache-ttl=100ms", "scalemart.user.shards.resharding.grace=400ms",
		"scalemart.user.shards.resharding.batch-size=20" })
class OnlineReshardingIntegrationTests {

	private static final int USERS = 60;

	@Autowired
	UserApi api;

	@Autowired
	UserManagement userManagement;

	@Autowired
	OrderHistory orderHistory;

	@Autowired
	ShardRegistry registry;

	@Value("${spring.datasource.url}")
	String directoryUrl;

	@Test
	void addingAShardUnderWritesLosesAndDuplicatesNothing() throws Exception {
		List<UUID> users = new ArrayList<>();
		for (int i = 0; i < USERS; i++) {
			users.add(UUID
				.fromString(this.api.body(this.api.register("mover" + i + "@example.com")).get("id").asString()));
		}
		this.api.register("operator@example.com");
		this.api.grantRoles("operator@example.com", Role.ADMIN);
		String admin = this.api.accessToken("operator@example.com");
		long usersBefore = this.api.countUsers();
		Writers writers = new Writers(users);
		writers.start();
		await().until(() -> writers.orders.size() > 50);

		String newShard = ShardUrls.besideDirectory(this.directoryUrl, "s2");
		MvcResult started = this.api.postJson("/api/admin/shards", Map.of("jdbcUrl", newShard), admin);
		assertThat(started.getResponse().getStatus()).isEqualTo(202);
		String location = started.getResponse().getHeader("Location");
		MvcResult second = this.api.postJson("/api/admin/shards",
				Map.of("jdbcUrl", ShardUrls.besideDirectory(this.directoryUrl, "s3")), admin);
		assertThat(second.getResponse().getStatus()).as("a second job while one runs").isEqualTo(409);

		JsonNode job = await().atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> this.api.body(this.api.getWithToken(location, admin)),
					(progress) -> Set.of("DONE", "FAILED").contains(progress.get("phase").asString()));
		int ordersAtEnd = writers.orders.size();
		await().until(() -> writers.orders.size() > ordersAtEnd + 50);
		writers.stop();

		assertThat(job.get("phase").asString()).as(job.toString()).isEqualTo("DONE");
		assertThat(job.get("verified").asBoolean()).isTrue();
		assertThat(job.get("moved").asInt()).isEqualTo(job.get("planned").asInt()).isPositive();
		assertThat(writers.failures).isEmpty();
		assertEveryOrderOnce(writers.orders);
		for (Map.Entry<UUID, String> phone : writers.lastPhone.entrySet()) {
			assertThat(this.userManagement.get(phone.getKey()).phone()).isEqualTo(phone.getValue());
		}
		JsonNode shards = this.api.body(this.api.getWithToken("/api/admin/shards", admin));
		long total = 0;
		for (JsonNode shard : shards.get("shards")) {
			assertThat(shard.get("state").asString()).isEqualTo("ACTIVE");
			total += shard.get("users").asLong();
		}
		assertThat(shards.get("shards")).hasSize(3);
		assertThat(shards.get("shards").get(2).get("users").asLong()).isEqualTo(job.get("moved").asLong());
		assertThat(total).isEqualTo(usersBefore);
		System.out.printf(
				"online resharding of %d users under writers: %d moved, %d orders acknowledged,"
						+ " fence p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
				USERS, job.get("moved").asInt(), writers.orders.size(), job.get("fence").get("p50").asDouble(),
				job.get("fence").get("p99").asDouble(), job.get("fence").get("max").asDouble());
	}

	@Test
	void aShardThatCannotBePreparedIsRefusedWithAProblem() throws Exception {
		this.api.register("careful@example.com");
		this.api.grantRoles("careful@example.com", Role.ADMIN);
		String admin = this.api.accessToken("careful@example.com");

		MvcResult unreachable = this.api.postJson("/api/admin/shards",
				Map.of("jdbcUrl", "jdbc:mariadb://127.0.0.1:1/nowhere?connectTimeout=500"), admin);
		MvcResult malformed = this.api.postJson("/api/admin/shards", Map.of("jdbcUrl", "jdbc:h2:mem:x"), admin);
		MvcResult heavy = this.api.postJson("/api/admin/shards",
				Map.of("jdbcUrl", ShardUrls.besideDirectory(this.directoryUrl, "s9"), "weight", 1000), admin);

		assertThat(unreachable.getResponse().getStatus()).isEqualTo(422);
		assertThat(malformed.getResponse().getStatus()).isEqualTo(400);
		assertThat(heavy.getResponse().getStatus()).isEqualTo(400);
		assertThat(this.registry.refresh().shards()).hasSize(2);
		assertThat(this.api.getWithToken("/api/admin/shards/jobs/999", admin).getResponse().getStatus()).isEqualTo(404);
	}

	private void assertEveryOrderOnce(Map<UUID, UUID> acknowledged) {
		Map<UUID, Integer> stored = new HashMap<>();
		for (int shard : this.registry.refresh().shards().keySet()) {
			this.registry.database(shard)
				.jdbc()
				.sql("SELECT order_id FROM order_history")
				.query((rs, row) -> UUID.fromString(rs.getString(1)))
				.list()
				.forEach((order) -> stored.merge(order, 1, Integer::sum));
		}
		assertThat(stored.values()).as("copies of each order").containsOnly(1);
		assertThat(stored.keySet()).containsAll(acknowledged.keySet());
	}

	/**
	 * Two threads append orders to random users; two change the phone of users of their
	 * own (so that their updates never conflict with each other).
	 */
	private final class Writers {

		final Map<UUID, UUID> orders = new ConcurrentHashMap<>();

		final Map<UUID, String> lastPhone = new ConcurrentHashMap<>();

		final ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();

		private final List<UUID> users;

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final ExecutorService threads = Executors.newFixedThreadPool(4);

		Writers(List<UUID> users) {
			this.users = users;
		}

		void start() {
			this.threads.submit(this::appendOrders);
			this.threads.submit(this::appendOrders);
			this.threads.submit(() -> changePhones(0));
			this.threads.submit(() -> changePhones(1));
		}

		private void appendOrders() {
			while (this.running.get()) {
				UUID user = this.users.get(ThreadLocalRandom.current().nextInt(this.users.size()));
				OrderEntry entry = new OrderEntry(UUID.randomUUID(), Instant.now(), 100, "EUR", "PLACED");
				try {
					if (OnlineReshardingIntegrationTests.this.orderHistory.record(user, entry).orElseThrow()) {
						this.orders.put(entry.orderId(), user);
					}
				}
				catch (RuntimeException ex) {
					this.failures.add(ex);
				}
			}
		}

		private void changePhones(int half) {
			long counter = 0;
			while (this.running.get()) {
				UUID user = this.users.get(2 * ThreadLocalRandom.current().nextInt(this.users.size() / 2) + half);
				String phone = "+1 555 " + (++counter);
				try {
					User updated = OnlineReshardingIntegrationTests.this.userManagement.updateProfile(user, null,
							phone);
					this.lastPhone.put(user, updated.phone());
				}
				catch (RuntimeException ex) {
					this.failures.add(ex);
				}
			}
		}

		void stop() throws InterruptedException {
			this.running.set(false);
			this.threads.shutdown();
			assertThat(this.threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		}

	}

}
