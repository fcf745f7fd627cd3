package com.scalemart.platform.data.shard;

import java.time.Duration;
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
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Adding a shard while writers run, on real MariaDB databases: every acknowledged write
 * is present exactly once afterwards, and a job stopped mid-way is resumed by another
 * process.
 */
class ReshardingIntegrationTests {

	private static final int ACCOUNTS = 300;

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
	void everyWriteAcknowledgedDuringReshardingIsStoredExactlyOnce() throws Exception {
		Shards.Process app = this.shards.process("app");
		List<UUID> accounts = createAccounts(app);
		Writers writers = new Writers(app, accounts, 4);

		writers.start();
		await().until(() -> writers.acknowledged.size() > 100);
		String url = this.shards.createShard(2);
		Shards.Process operator = this.shards.process("operator");
		ReshardingJob started = operator.resharder.start(url, 1.0);
		ReshardingJob job = operator.resharder.run(started.id()).orElseThrow();
		await().until(() -> writers.acknowledged.size() > writers.countAtJobEnd(job) + 100);
		writers.stop();

		assertThat(job.phase()).isEqualTo(ReshardingJob.Phase.DONE);
		assertThat(job.verified()).isTrue();
		assertThat(job.planned()).isPositive();
		assertThat(writers.failures).isEmpty();
		assertStoredExactlyOnce(accounts, writers.acknowledged);
		assertThat(liveAccounts(2)).as("accounts on the new shard").isEqualTo(job.planned());
		FenceTimes fences = operator.jobs.fenceTimes(job.id());
		assertThat(fences.owners()).isEqualTo(job.planned());
		System.out.printf(
				"resharding %d accounts under 4 writers: %d moved, %d writes acknowledged, fence p50 %.1f ms"
						+ " p99 %.1f ms max %.1f ms%n",
				ACCOUNTS, job.moved(), writers.acknowledged.size(), fences.p50Millis(), fences.p99Millis(),
				fences.maxMillis());
	}

	@Test
	void aJobStoppedMidwayIsResumedByAnotherProcessWithoutLosingWrites() throws Exception {
		Shards.Process app = this.shards.process("app");
		List<UUID> accounts = createAccounts(app);
		Writers writers = new Writers(app, accounts, 2);
		writers.start();
		String url = this.shards.createShard(2);
		Shards.Process crashing = this.shards.process("crashing");
		ReshardingJob started = crashing.resharder.start(url, 1.0);
		ExecutorService runner = Executors.newSingleThreadExecutor();
		Future<?> run = runner.submit(() -> crashing.resharder.run(started.id()));
		await().until(() -> movedSoFar(started.id()) >= 10);
		// the process dies: its connections go, mid-statement
		crashing.close();
		await().until(run::isDone);
		runner.shutdown();
		Shards.Process successor = this.shards.process("successor");
		assertThat(successor.jobs.find(started.id()).orElseThrow().finished()).isFalse();
		// the dead process's lease runs out, then the job is the successor's
		ReshardingJob job = await().pollInterval(Duration.ofMillis(500))
			.until(successor.resharder::resume, java.util.Optional::isPresent)
			.orElseThrow();
		writers.stop();

		assertThat(job.phase()).isEqualTo(ReshardingJob.Phase.DONE);
		assertThat(job.verified()).as(job.report()).isTrue();
		assertThat(writers.failures).isEmpty();
		assertStoredExactlyOnce(accounts, writers.acknowledged);
	}

	@Test
	void aStaleRouteIsCorrectedAfterTheOwnerMoved() throws Exception {
		Shards.Process stale = this.shards.process("stale");
		List<UUID> accounts = createAccounts(stale);
		accounts.forEach((account) -> stale.balance(account));
		Shards.Process operator = this.shards.process("operator");
		operator.resharder.run(operator.resharder.start(this.shards.createShard(2), 1.0).id()).orElseThrow();

		// the stale process still has the old shard set and its cached lookups
		for (UUID account : accounts) {
			assertThat(stale.balance(account)).as("balance of %s", account).contains(0L);
			assertThat(stale.deposit(account, UUID.randomUUID(), 5)).isTrue();
			assertThat(operator.balance(account)).contains(5L);
		}
		assertThat(stale.registry.layout().shards()).hasSize(3);
	}

	@Test
	void ownersCreatedWhileAShardJoinsArePlacedByTheNewRing() throws Exception {
		Shards.Process app = this.shards.process("app");
		Shards.Process operator = this.shards.process("operator");
		operator.resharder.start(this.shards.createShard(2), 1.0);
		app.registry.refresh();
		List<UUID> created = createAccounts(app);

		ShardLayout layout = app.registry.layout();
		long onNewShard = created.stream().filter((id) -> layout.targetShard(id) == 2).count();
		assertThat(onNewShard).isPositive();
		assertThat(liveAccounts(2)).isEqualTo(onNewShard);
		for (UUID id : created) {
			assertThat(app.router.locateFresh(id)).isEqualTo(layout.targetShard(id));
		}
	}

	@Test
	void aPinnedOwnerMovesUnderWritesAndStaysWhereItWasPinnedThroughAJob() throws Exception {
		Shards.Process app = this.shards.process("app");
		List<UUID> accounts = createAccounts(app);
		Writers writers = new Writers(app, accounts, 2);
		writers.start();
		await().until(() -> writers.acknowledged.size() > 50);
		Shards.Process operator = this.shards.process("operator");
		String url = this.shards.createShard(2);
		// an owner the ring puts on shard 0, pinned to shard 1
		UUID hot = accounts.stream().filter((id) -> operator.router.locateFresh(id) == 0).findFirst().orElseThrow();

		operator.resharder.pin(hot, 1);
		assertThat(operator.directory.lookupFresh(hot)).hasValueSatisfying((entry) -> {
			assertThat(entry.shardId()).isEqualTo(1);
			assertThat(entry.placement()).isEqualTo(Placement.PINNED);
		});
		assertThat(operator.balance(hot)).isPresent();
		ReshardingJob job = operator.resharder.run(operator.resharder.start(url, 1.0).id()).orElseThrow();
		assertThat(job.verified()).as(job.report()).isTrue();
		assertThat(operator.router.locateFresh(hot)).as("the pinned owner after the job").isEqualTo(1);

		operator.resharder.unpin(hot);
		writers.stop();

		assertThat(operator.directory.lookupFresh(hot)).isEmpty();
		assertThat(operator.router.locateFresh(hot)).isEqualTo(operator.registry.refresh().ringShard(hot));
		assertThat(writers.failures).isEmpty();
		assertStoredExactlyOnce(accounts, writers.acknowledged);
	}

	@Test
	void pinningRefusesAnUnknownOwnerAndAShardThatIsNotActive() throws Exception {
		Shards.Process operator = this.shards.process("operator");
		UUID account = operator.createAccount("someone");
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> operator.resharder.pin(UUID.randomUUID(), 1))
			.withMessageContaining("there is no owner");
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> operator.resharder.pin(account, 7))
			.withMessageContaining("not an active shard");
		operator.resharder.start(this.shards.createShard(2), 1.0);
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> operator.resharder.pin(account, 1))
			.withMessageContaining("still WAITING");
	}

	@Test
	void aJobLeasedByAnotherProcessIsNotRun() throws Exception {
		Shards.Process holder = this.shards.process("holder");
		ReshardingJob job = holder.resharder.start(this.shards.createShard(2), 1.0);
		assertThat(holder.jobs.claim(job.id(), "holder", Duration.ofMinutes(1))).isTrue();

		Shards.Process other = this.shards.process("other");
		assertThat(other.resharder.resume()).isEmpty();
		assertThat(other.resharder.run(job.id())).isEmpty();
		assertThat(other.jobs.find(job.id()).orElseThrow().phase()).isEqualTo(ReshardingJob.Phase.WAITING);
	}

	@Test
	void aSecondJobIsRefusedWhileOneRuns() throws Exception {
		Shards.Process operator = this.shards.process("operator");
		operator.resharder.start(this.shards.createShard(2), 1.0);
		String another = this.shards.createShard(3);
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> operator.resharder.start(another, 1.0))
			.withMessageContaining("still WAITING");
	}

	private List<UUID> createAccounts(Shards.Process app) {
		List<UUID> accounts = new ArrayList<>();
		for (int i = 0; i < ACCOUNTS; i++) {
			accounts.add(app.createAccount("account-" + i));
		}
		return accounts;
	}

	private int movedSoFar(long jobId) {
		return this.shards.directoryJdbc()
			.sql("SELECT COUNT(*) FROM reshard_moves WHERE job_id = ? AND state = 'SWITCHED'")
			.param(jobId)
			.query(Integer.class)
			.single();
	}

	private long liveAccounts(int shard) {
		return this.shards.shard(shard)
			.sql("SELECT COUNT(*) FROM account WHERE in_transit = FALSE")
			.query(Long.class)
			.single();
	}

	/** Each acknowledged entry once, nothing else, and balances that add up. */
	private void assertStoredExactlyOnce(List<UUID> accounts, Map<UUID, UUID> acknowledged) {
		Map<UUID, Integer> stored = new HashMap<>();
		Map<UUID, Long> balances = new HashMap<>();
		Map<UUID, Integer> accountCopies = new HashMap<>();
		for (int shard = 0; shard < 3; shard++) {
			this.shards.shard(shard)
				.sql("SELECT entry_id FROM entry")
				.query((rs, row) -> UUID.fromString(rs.getString(1)))
				.list()
				.forEach((entry) -> stored.merge(entry, 1, Integer::sum));
			this.shards.shard(shard)
				.sql("SELECT id, balance FROM account")
				.query((rs, row) -> Map.entry(UUID.fromString(rs.getString(1)), rs.getLong(2)))
				.list()
				.forEach((account) -> {
					balances.put(account.getKey(), account.getValue());
					accountCopies.merge(account.getKey(), 1, Integer::sum);
				});
		}
		assertThat(accountCopies.keySet()).containsExactlyInAnyOrderElementsOf(accounts);
		assertThat(accountCopies.values()).as("copies of each account").containsOnly(1);
		// an entry whose acknowledgement was lost may be stored; none may be stored twice
		assertThat(stored.values()).as("copies of each entry").containsOnly(1);
		assertThat(stored.keySet()).containsAll(acknowledged.keySet());
		Map<UUID, Long> expected = new HashMap<>();
		for (int shard = 0; shard < 3; shard++) {
			this.shards.shard(shard)
				.sql("SELECT account_id, SUM(amount) FROM entry GROUP BY account_id")
				.query((rs, row) -> Map.entry(UUID.fromString(rs.getString(1)), rs.getLong(2)))
				.list()
				.forEach((sum) -> expected.merge(sum.getKey(), sum.getValue(), Long::sum));
		}
		accounts.forEach((account) -> assertThat(balances.get(account)).as("balance of %s", account)
			.isEqualTo(expected.getOrDefault(account, 0L)));
	}

	/**
	 * Threads that deposit into random accounts until stopped, keeping what was
	 * acknowledged.
	 */
	private static final class Writers {

		final Map<UUID, UUID> acknowledged = new ConcurrentHashMap<>();

		final ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();

		private final Map<Long, Integer> atJobEnd = new ConcurrentHashMap<>();

		private final Shards.Process app;

		private final List<UUID> accounts;

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final ExecutorService threads;

		private final int count;

		private final AtomicInteger started = new AtomicInteger();

		Writers(Shards.Process app, List<UUID> accounts, int count) {
			this.app = app;
			this.accounts = accounts;
			this.count = count;
			this.threads = Executors.newFixedThreadPool(count);
		}

		void start() {
			for (int i = 0; i < this.count; i++) {
				this.threads.submit(this::write);
			}
		}

		int countAtJobEnd(ReshardingJob job) {
			return this.atJobEnd.computeIfAbsent(job.id(), (id) -> this.acknowledged.size());
		}

		private void write() {
			this.started.incrementAndGet();
			while (this.running.get()) {
				UUID account = this.accounts.get(ThreadLocalRandom.current().nextInt(this.accounts.size()));
				UUID entry = UUID.randomUUID();
				try {
					if (this.app.deposit(account, entry, 1)) {
						this.acknowledged.put(entry, account);
					}
					else {
						this.failures.add(new AssertionError("account " + account + " was not found"));
					}
				}
				catch (RuntimeException ex) {
					this.failures.add(ex);
				}
			}
		}

		void stop() throws InterruptedException {
			this.running.set(false);
			this.threads.shutdown();
			assertThat(this.threads.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
		}

	}

}
