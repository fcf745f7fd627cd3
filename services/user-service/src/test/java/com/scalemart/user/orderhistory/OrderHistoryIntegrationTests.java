package com.scalemart.user.orderhistory;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.scalemart.platform.data.shard.ShardDatabase;
import com.scalemart.platform.data.shard.ShardRegistry;
import com.scalemart.platform.data.shard.ShardRouter;
import com.scalemart.user.UserApi;
import com.scalemart.user.UserServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Order history in monthly partitions on the user's shard. */
@UserServiceIntegrationTest
class OrderHistoryIntegrationTests {

	@Autowired
	UserApi api;

	@Autowired
	OrderHistory history;

	@Autowired
	OrderHistoryPartitions partitions;

	@Autowired
	ShardRegistry registry;

	@Autowired
	ShardRouter router;

	@Test
	void everyShardHasPartitionsUpToThreeMonthsAhead() {
		YearMonth now = YearMonth.now(ZoneOffset.UTC);
		for (int shard : this.registry.layout().shards().keySet()) {
			List<String> names = partitionNames(this.registry.database(shard));
			// (the next test adds two more months, which shows none was there before)
			assertThat(names).contains(name(now.minusMonths(1)), name(now), name(now.plusMonths(3)), "p_future",
					"p_history");
		}
	}

	@Test
	void theJobAddsOnlyTheMissingMonthsAndIsSafeToRepeat() {
		ShardDatabase shard = this.registry.database(1);
		YearMonth last = YearMonth.now(ZoneOffset.UTC).plusMonths(5);

		List<String> added = this.partitions.addUpTo(shard, last);
		List<String> again = this.partitions.addUpTo(shard, last);

		assertThat(added).containsExactly(name(last.minusMonths(1)), name(last));
		assertThat(again).isEmpty();
		assertThat(partitionNames(shard)).endsWith(name(last), "p_future");
	}

	@Test
	void aMonthIsReadFromItsOwnPartition() throws Exception {
		String token = this.api.accessToken("buyer@example.com");
		UUID user = UUID.fromString(this.api.body(this.api.getWithToken("/api/users/me", token)).get("id").asString());
		YearMonth now = YearMonth.now(ZoneOffset.UTC);
		YearMonth before = now.minusMonths(1);
		OrderEntry thisMonth = entry(now, 1);
		OrderEntry lastMonth = entry(before, 2);
		assertThat(this.history.record(user, thisMonth)).contains(true);
		assertThat(this.history.record(user, lastMonth)).contains(true);
		assertThat(this.history.record(user, thisMonth)).as("the same order again").contains(false);
		assertThat(this.history.record(UUID.randomUUID(), thisMonth)).as("no such user").isEmpty();

		JsonNode current = this.api.body(this.api.getWithToken("/api/users/me/orders", token));
		JsonNode previous = this.api.body(this.api.getWithToken("/api/users/me/orders?month=" + before, token));

		assertThat(current.get("month").asString()).isEqualTo(now.toString());
		assertThat(current.get("orders")).hasSize(1);
		assertThat(current.get("orders").get(0).get("orderId").asString()).isEqualTo(thisMonth.orderId().toString());
		assertThat(previous.get("orders")).hasSize(1);
		String plan = this.registry.database(this.router.locate(user))
			.jdbc()
			.sql("EXPLAIN PARTITIONS SELECT * FROM order_history WHERE user_id = ? AND placed_at >= ? AND placed_at < ?")
			.params(user.toString(), now.atDay(1).atStartOfDay(), now.plusMonths(1).atDay(1).atStartOfDay())
			.query((rs, row) -> rs.getString("partitions"))
			.single();
		assertThat(plan).isEqualTo(name(now));
		assertThat(this.api.getWithToken("/api/users/me/orders?month=2026-13", token).getResponse().getStatus())
			.isEqualTo(400);
	}

	private static OrderEntry entry(YearMonth month, int day) {
		Instant placed = month.atDay(day).atTime(12, 0).toInstant(ZoneOffset.UTC);
		return new OrderEntry(UUID.randomUUID(), placed, 12_34, "EUR", "PLACED");
	}

	private static List<String> partitionNames(ShardDatabase shard) {
		return shard.jdbc()
			.sql("""
					SELECT PARTITION_NAME FROM information_schema.PARTITIONS
					WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'order_history' ORDER BY PARTITION_ORDINAL_POSITION""")
			.query(String.class)
			.list();
	}

	private static String name(YearMonth month) {
		return "p%d%02d".formatted(month.getYear(), month.getMonthValue());
	}

}
