package com.scalemart.platform.data.shard;

import java.net.ServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Cross-shard queries on real databases, with one shard that does not answer. */
class ScatterGatherIntegrationTests {

	private Shards shards;

	@BeforeEach
	void createShards() throws Exception {
		this.shards = new Shards(2);
	}

	@AfterEach
	void dropShards() {
		this.shards.close();
	}

	@Test
	void gathersTheRowsOfEveryShard() {
		Shards.Process app = this.shards.process("app");
		for (int i = 0; i < 50; i++) {
			app.createAccount("a" + i);
		}
		ScatterGather.Result<Long> counts = app.scatter.query(
				(jdbc) -> jdbc.sql("SELECT COUNT(*) FROM account WHERE in_transit = FALSE").query(Long.class).list());
		assertThat(counts.partial()).isFalse();
		assertThat(counts.rows()).containsOnlyKeys(0, 1);
		assertThat(counts.all().stream().mapToLong(Long::longValue).sum()).isEqualTo(50);
	}

	@Test
	void reportsAShardThatIsDownAndReturnsTheOthers() throws Exception {
		Shards.Process app = this.shards.process("app");
		for (int i = 0; i < 20; i++) {
			app.createAccount("a" + i);
		}
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		// a joining shard whose server is gone
		app.registry.addJoining("jdbc:mariadb://127.0.0.1:" + closedPort + "/gone", 1.0);

		ScatterGather.Result<Long> counts = app.scatter.query(
				(jdbc) -> jdbc.sql("SELECT COUNT(*) FROM account WHERE in_transit = FALSE").query(Long.class).list());

		assertThat(counts.partial()).isTrue();
		assertThat(counts.failures()).containsOnlyKeys(2);
		assertThat(counts.rows()).containsOnlyKeys(0, 1);
		assertThat(counts.all().stream().mapToLong(Long::longValue).sum()).isEqualTo(20);
	}

	@Test
	void aShardSlowerThanTheTimeoutIsReportedWithoutWaitingForIt() {
		Shards.Process app = this.shards.process("app");
		long started = System.nanoTime();
		ScatterGather.Result<Long> result = app.scatter
			.query((jdbc) -> jdbc.sql("SELECT CASE WHEN DATABASE() LIKE '%_s1' THEN SLEEP(5) ELSE 0 END")
				.query(Long.class)
				.list());
		long tookMillis = (System.nanoTime() - started) / 1_000_000;

		assertThat(result.failures()).containsOnlyKeys(1);
		assertThat(result.rows()).containsOnlyKeys(0);
		System.out.printf("scatter-gather with a shard sleeping 5 s and a 1 s timeout answered in %d ms%n", tookMillis);
		assertThat(result.failures().get(1)).isEqualTo("no answer within 1000 ms");
	}

}
