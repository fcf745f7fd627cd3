package com.scalemart.platform.data;

import java.time.Duration;

import com.scalemart.platform.engines.MariaDbReplication;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.HealthIndicator;

import com.scalemart.platform.data.ReplicaState.Condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ReplicaRoutingIntegrationTests {

	private static MariaDbReplication replication;

	@BeforeAll
	static void start() throws Exception {
		replication = ReplicaFixture.start();
	}

	@AfterAll
	static void stop() {
		replication.close();
	}

	@Test
	void readOnlyTransactionsReadTheReplicaAndWritesGoToThePrimary() {
		ReplicaFixture.context(replication, "2s", "10s").run((context) -> {
			LagMonitor monitor = context.getBean(LagMonitor.class);
			await().atMost(Duration.ofSeconds(10)).until(() -> monitor.state().condition() == Condition.IN_SYNC);
			Items items = context.getBean(Items.class);
			assertThat(items.read(1).serverId()).isEqualTo(2);
			assertThat(items.serverIdForWrites()).isEqualTo(1);
			assertThat(reads(context.getBean(MeterRegistry.class), "replica", "in-sync")).isGreaterThanOrEqualTo(1);
			assertThat(context.getBean("replicationHealthIndicator", HealthIndicator.class).health().getDetails())
				.containsEntry("mode", "asynchronous")
				.containsEntry("replica", "in_sync")
				.containsEntry("readsGoTo", "replica");
			assertThat(context.getBean(MeterRegistry.class).get("scalemart.replication.lag.seconds").gauge().value())
				.isLessThan(2);
		});
	}

	@Test
	void aReplicaFurtherBehindThanTheMaximumLagIsSkippedUntilItCatchesUp() {
		ReplicaFixture.context(replication, "1s", "5s").run((context) -> {
			LagMonitor monitor = context.getBean(LagMonitor.class);
			Items items = context.getBean(Items.class);
			await().atMost(Duration.ofSeconds(10)).until(() -> monitor.state().condition() == Condition.IN_SYNC);
			replication.stopReplicaSqlThread();
			try {
				await().atMost(Duration.ofSeconds(10)).until(() -> monitor.state().condition() == Condition.LAGGING);
				assertThat(monitor.state().lag()).isGreaterThan(Duration.ofSeconds(1));
				assertThat(items.read(1).serverId()).isEqualTo(1);
				assertThat(reads(context.getBean(MeterRegistry.class), "primary", "replica-lagging"))
					.isGreaterThanOrEqualTo(1);
				assertThat(context.getBean("replicationHealthIndicator", HealthIndicator.class).health().getDetails())
					.containsEntry("replica", "lagging")
					.containsEntry("readsGoTo", "primary");
			}
			finally {
				replication.startReplicaSqlThread();
			}
			await().atMost(Duration.ofSeconds(10)).until(() -> monitor.state().condition() == Condition.IN_SYNC);
			assertThat(items.read(1).serverId()).isEqualTo(2);
		});
	}

	@Test
	void aWriterReadsItsOwnWriteWhileAnotherReaderSeesTheStaleReplica() {
		// a large maximum lag keeps the stale replica in use, as a briefly lagging one is
		ReplicaFixture.context(replication, "60s", "120s").run((context) -> {
			LagMonitor monitor = context.getBean(LagMonitor.class);
			ReadYourWrites readYourWrites = context.getBean(ReadYourWrites.class);
			Items items = context.getBean(Items.class);
			await().atMost(Duration.ofSeconds(10)).until(() -> monitor.state().condition() == Condition.IN_SYNC);
			replication.stopReplicaSqlThread();
			try {
				try (ReadYourWrites.Scope alice = readYourWrites.as("alice")) {
					items.rename(2, "renamed by alice");
				}
				try (ReadYourWrites.Scope alice = readYourWrites.as("alice")) {
					assertThat(items.read(2)).isEqualTo(new Items.Read("renamed by alice", 1));
				}
				try (ReadYourWrites.Scope bob = readYourWrites.as("bob")) {
					assertThat(items.read(2)).isEqualTo(new Items.Read("other", 2));
				}
				assertThat(items.read(2)).isEqualTo(new Items.Read("other", 2));
				assertThat(reads(context.getBean(MeterRegistry.class), "primary", "read-your-writes")).isEqualTo(1);
			}
			finally {
				replication.startReplicaSqlThread();
			}
			replication.awaitReplicaCaughtUp(Duration.ofSeconds(10));
			try (ReadYourWrites.Scope alice = readYourWrites.as("alice")) {
				assertThat(items.read(2)).isEqualTo(new Items.Read("renamed by alice", 2));
			}
			ReplicaFixture.execute(replication.primary(), "UPDATE item SET name = 'other' WHERE id = 2");
			replication.awaitReplicaCaughtUp(Duration.ofSeconds(10));
		});
	}

	@Test
	void theConsistencyCheckFindsARowChangedOnTheReplicaOnly() throws Exception {
		ReplicaFixture.context(replication, "2s", "10s").run((context) -> {
			ConsistencyChecker checker = context.getBean(ReplicatedDataSource.class).consistencyChecker();
			ConsistencyReport equal = checker.compare(Duration.ofSeconds(10));
			assertThat(equal.consistent()).as(equal.describe()).isTrue();
			assertThat(equal.tables()).extracting(TableComparison::table).containsExactly("item");
			// root is not held back by read_only
			ReplicaFixture.execute(replication.replica(), "UPDATE item SET name = 'drifted' WHERE id = 1");
			try {
				ConsistencyReport drifted = checker.compare(Duration.ofSeconds(10));
				assertThat(drifted.consistent()).isFalse();
				assertThat(drifted.differences()).singleElement().satisfies((table) -> {
					assertThat(table.table()).isEqualTo("item");
					assertThat(table.replicaRows()).isEqualTo(table.primaryRows());
					assertThat(table.replicaChecksum()).isNotEqualTo(table.primaryChecksum());
				});
				assertThat(drifted.describe()).contains("DIFFERS  item");
			}
			finally {
				ReplicaFixture.execute(replication.replica(), "UPDATE item SET name = 'old' WHERE id = 1");
			}
		});
	}

	static double reads(MeterRegistry registry, String target, String reason) {
		return registry.get("scalemart.replication.reads")
			.tag("target", target)
			.tag("reason", reason)
			.counter()
			.count();
	}

}
