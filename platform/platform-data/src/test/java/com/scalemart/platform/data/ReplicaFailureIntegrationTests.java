package com.scalemart.platform.data;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.scalemart.platform.engines.MariaDbReplication;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.HealthIndicator;

import com.scalemart.platform.data.ReplicaState.Condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ReplicaFailureIntegrationTests {

	private static final int READERS = 4;

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
	void killingTheReplicaUnderAReadLoadFailsNoReadAndReadsReturnAfterItsRestart() {
		ReplicaFixture.context(replication, "2s", "10s").run((context) -> {
			LagMonitor monitor = context.getBean(LagMonitor.class);
			Items items = context.getBean(Items.class);
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			HealthIndicator health = context.getBean("replicationHealthIndicator", HealthIndicator.class);
			await().atMost(Duration.ofSeconds(10)).until(() -> monitor.state().condition() == Condition.IN_SYNC);
			AtomicBoolean running = new AtomicBoolean(true);
			AtomicLong served = new AtomicLong();
			ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
			ExecutorService readers = Executors.newFixedThreadPool(READERS);
			List<Future<?>> loops = new ArrayList<>();
			for (int i = 0; i < READERS; i++) {
				loops.add(readers.submit(() -> {
					while (running.get()) {
						try {
							assertThat(items.read(1).name()).isEqualTo("old");
							served.incrementAndGet();
						}
						catch (Throwable ex) {
							failures.add(ex);
						}
					}
				}));
			}
			try {
				await().atMost(Duration.ofSeconds(10))
					.until(() -> ReplicaRoutingIntegrationTests.reads(registry, "replica", "in-sync") > 200);
				replication.killReplica();
				await().atMost(Duration.ofSeconds(10))
					.until(() -> ReplicaRoutingIntegrationTests.reads(registry, "primary", "replica-down") > 200);
				assertThat(health.health().getDetails()).containsEntry("replica", "down")
					.containsEntry("readsGoTo", "primary");
				replication.restartReplica();
				await().atMost(Duration.ofSeconds(20)).until(() -> monitor.state().condition() == Condition.IN_SYNC);
				double onReplica = ReplicaRoutingIntegrationTests.reads(registry, "replica", "in-sync");
				await().atMost(Duration.ofSeconds(10))
					.until(() -> ReplicaRoutingIntegrationTests.reads(registry, "replica", "in-sync") > onReplica
							+ 200);
			}
			finally {
				running.set(false);
				for (Future<?> loop : loops) {
					loop.get();
				}
				readers.shutdown();
			}
			assertThat(failures).isEmpty();
			assertThat(served.get()).isGreaterThan(600);
			assertThat(ReplicaRoutingIntegrationTests.reads(registry, "primary", "replica-down")
					+ ReplicaRoutingIntegrationTests.reads(registry, "primary", "retry"))
				.isGreaterThan(200);
		});
	}

}
