package com.scalemart.platform.data.shard;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Adds a shard while the application runs, and moves onto it the owners the new ring
 * places there.
 * <p>
 * Each owner is first copied in the background (the copy is marked in transit, so it is
 * neither written nor counted), then switched: its original is fenced (the in-transit
 * flag, set under the owner row's lock, so writes in flight finish first and later ones
 * wait), copied again, compared by checksum, placed on the new shard in the directory and
 * deleted from the old one. Writers wait only for that switch, a few milliseconds.
 * <p>
 * Every step is written to the directory database before the next starts, and each is
 * safe to repeat, so a job stopped by a crash is resumed by any process that takes its
 * lease ({@link #resume()}). A resumed switch checks the directory first: an owner
 * already placed on the new shard is never copied over again.
 */
public final class Resharder {

	private static final Logger log = LoggerFactory.getLogger(Resharder.class);

	private static final int MAX_PLANNING_ROUNDS = 5;

	private final ShardRouter router;

	private final ShardDirectory directory;

	private final ReshardingJobs jobs;

	private final OwnedTables tables;

	private final OwnerRows rows;

	private final ReshardingSettings settings;

	private final String processName;

	/**
	 * @param router the router, with its registry
	 * @param directory the directory the router reads
	 * @param jobs where jobs are kept
	 * @param tables what an owner is made of
	 * @param settings pacing
	 * @param processName this process, as its leases name it
	 */
	public Resharder(ShardRouter router, ShardDirectory directory, ReshardingJobs jobs, OwnedTables tables,
			ReshardingSettings settings, String processName) {
		this.router = router;
		this.directory = directory;
		this.jobs = jobs;
		this.tables = tables;
		this.rows = new OwnerRows(tables);
		this.settings = settings;
		this.processName = processName;
	}

	/**
	 * Registers a new shard as joining and creates the job that fills it. The shard's
	 * schema must exist.
	 * @param jdbcUrl the new shard
	 * @param weight its weight
	 * @return the job, waiting to run
	 * @throws IllegalStateException when a job is running already
	 */
	public ReshardingJob start(String jdbcUrl, double weight) {
		// not while an owner is being pinned: the job would plan around a half-done move
		return this.jobs.withMoveLock(() -> {
			requireNoJob();
			Shard shard = this.router.registry().addJoining(jdbcUrl, weight);
			return this.jobs.create(shard.id());
		});
	}

	/**
	 * Runs the unfinished job, if there is one and no other process holds it.
	 * @return the job as it ended, or empty when there was nothing to run here
	 */
	public Optional<ReshardingJob> resume() {
		return this.jobs.unfinished().flatMap((job) -> run(job.id()));
	}

	/**
	 * Runs a job to its end, unless another process holds it.
	 * @param jobId the job
	 * @return the job as it ended, or empty when another process holds it
	 */
	public Optional<ReshardingJob> run(long jobId) {
		if (!this.jobs.claim(jobId, this.processName, this.settings.lease())) {
			return Optional.empty();
		}
		try (ExecutorService switchers = Executors.newFixedThreadPool(this.settings.parallelism())) {
			ReshardingJob job = this.jobs.find(jobId).orElseThrow();
			int planningRounds = 0;
			while (!job.finished()) {
				renew(jobId);
				switch (job.phase()) {
					case WAITING -> awaitGrace(job.updatedAt());
					case PLANNING -> planningRounds++;
					default -> {
					}
				}
				ReshardingJob.Phase next = step(job, switchers, planningRounds);
				if (next != job.phase()) {
					this.jobs.phase(jobId, next);
					log.info("Resharding job {}: {} -> {}", jobId, job.phase(), next);
				}
				job = this.jobs.find(jobId).orElseThrow();
			}
			return Optional.of(job);
		}
		catch (RuntimeException ex) {
			log.error("Resharding job {} stopped; it resumes from its last step", jobId, ex);
			throw ex;
		}
		finally {
			this.jobs.release(jobId, this.processName);
		}
	}

	private ReshardingJob.Phase step(ReshardingJob job, ExecutorService switchers, int planningRounds) {
		return switch (job.phase()) {
			case WAITING -> ReshardingJob.Phase.PLANNING;
			case PLANNING -> {
				int found = plan(job);
				this.jobs.count(job.id());
				yield (found > 0 || planningRounds == 1) ? ReshardingJob.Phase.MOVING : ReshardingJob.Phase.ACTIVATING;
			}
			case MOVING -> {
				moveAll(job, switchers);
				// a second look finds owners created by an instance that had not yet seen
				// the joining shard; it ends when a look finds none
				yield (planningRounds < MAX_PLANNING_ROUNDS) ? ReshardingJob.Phase.PLANNING : failTooManyRounds(job);
			}
			case ACTIVATING -> {
				activate(job);
				yield ReshardingJob.Phase.VERIFYING;
			}
			case VERIFYING -> {
				Verification verification = verify();
				this.jobs.finish(job.id(), verification.ok() ? ReshardingJob.Phase.DONE : ReshardingJob.Phase.FAILED,
						verification.ok(), verification.report());
				yield verification.ok() ? ReshardingJob.Phase.DONE : ReshardingJob.Phase.FAILED;
			}
			case DONE, FAILED -> job.phase();
		};
	}

	private ReshardingJob.Phase failTooManyRounds(ReshardingJob job) {
		throw new IllegalStateException("job " + job.id() + " still finds owners to move after " + MAX_PLANNING_ROUNDS
				+ " rounds: is an instance placing owners with an old shard set?");
	}

	/** Finds the owners whose place changes; returns how many were new to the plan. */
	private int plan(ReshardingJob job) {
		ShardLayout layout = this.router.registry().refresh();
		int found = 0;
		for (Shard shard : layout.shards().values()) {
			if (shard.id() == job.shardId()) {
				continue;
			}
			JdbcClient jdbc = this.router.registry().database(shard.id()).jdbc();
			String after = "00000000-0000-0000-0000-000000000000";
			while (true) {
				List<UUID> owners = jdbc
					.sql("SELECT %1$s FROM %2$s WHERE %3$s = FALSE AND %1$s > ? ORDER BY %1$s LIMIT ?"
						.formatted(this.tables.keyColumn(), this.tables.ownerTable(), this.tables.transitColumn()))
					.params(after, this.settings.batchSize())
					.query((rs, row) -> UUID.fromString(rs.getString(1)))
					.list();
				if (owners.isEmpty()) {
					break;
				}
				for (UUID owner : owners) {
					Optional<ShardDirectory.Entry> entry = this.directory.lookupFresh(owner);
					int location = location(layout, owner, entry);
					boolean pinned = entry.map((e) -> e.placement() == Placement.PINNED).orElse(false);
					int target = layout.targetShard(owner);
					if (location == shard.id() && !pinned && target != shard.id()
							&& this.jobs.plan(job.id(), owner, shard.id(), target)) {
						found++;
					}
				}
				after = owners.getLast().toString();
				renew(job.id());
			}
		}
		log.info("Resharding job {}: {} more owners to move", job.id(), found);
		return found;
	}

	private void moveAll(ReshardingJob job, ExecutorService switchers) {
		while (true) {
			List<ReshardingJobs.Move> batch = new ArrayList<>(
					this.jobs.moves(job.id(), ReshardingJobs.MoveState.COPIED, this.settings.batchSize()));
			if (batch.isEmpty()) {
				List<ReshardingJobs.Move> planned = this.jobs.moves(job.id(), ReshardingJobs.MoveState.PLANNED,
						this.settings.batchSize());
				if (planned.isEmpty()) {
					return;
				}
				for (ReshardingJobs.Move move : planned) {
					copyAhead(job, move);
				}
				continue;
			}
			List<Future<?>> switches = new ArrayList<>();
			for (ReshardingJobs.Move move : batch) {
				switches.add(switchers.submit(() -> switchOwner(job, move)));
			}
			for (Future<?> done : switches) {
				await(done);
			}
			this.jobs.count(job.id());
			renew(job.id());
		}
	}

	/** The background copy: the owner keeps being written on its shard meanwhile. */
	private void copyAhead(ReshardingJob job, ReshardingJobs.Move move) {
		ShardDatabase from = this.router.registry().database(move.fromShard());
		ShardDatabase to = this.router.registry().database(move.toShard());
		if (this.router.locateFresh(move.owner()) == move.fromShard()) {
			OwnerRows.Snapshot snapshot = from.inTransaction((jdbc) -> this.rows.read(jdbc, move.owner()));
			if (snapshot.exists()) {
				to.inTransaction((jdbc) -> {
					this.rows.replace(jdbc, move.owner(), snapshot, true);
					return null;
				});
			}
		}
		this.jobs.copied(job.id(), move.owner());
	}

	/** The switch, behind the owner's write fence. */
	private void switchOwner(ReshardingJob job, ReshardingJobs.Move move) {
		UUID owner = move.owner();
		ShardDatabase from = this.router.registry().database(move.fromShard());
		ShardDatabase to = this.router.registry().database(move.toShard());
		int location = this.router.locateFresh(owner);
		if (location == move.toShard()) {
			// switched before a crash: the new shard is the truth, only the original is
			// left
			from.inTransaction((jdbc) -> this.rows.delete(jdbc, owner));
			this.jobs.done(job.id(), owner, ReshardingJobs.MoveState.SWITCHED, 0, 0);
			return;
		}
		if (location != move.fromShard()) {
			this.jobs.done(job.id(), owner, ReshardingJobs.MoveState.SKIPPED, 0, 0);
			return;
		}
		Switched switched = fenceAndSwitch(owner, from, to, Placement.MOVED);
		if (switched == null) {
			this.jobs.done(job.id(), owner, ReshardingJobs.MoveState.SKIPPED, 0, 0);
			return;
		}
		this.jobs.done(job.id(), owner, ReshardingJobs.MoveState.SWITCHED, switched.rows(), switched.fenceMicros());
	}

	/** An owner switched: its rows and how long it was fenced. */
	private record Switched(int rows, long fenceMicros) {
	}

	/**
	 * Fences the owner on its shard, copies it, compares, points the directory at the new
	 * shard and deletes the original.
	 * @return what was switched, or {@code null} when the owner no longer exists
	 */
	private @Nullable Switched fenceAndSwitch(UUID owner, ShardDatabase from, ShardDatabase to, Placement placement) {
		long fencedAt = System.nanoTime();
		boolean fenced = from
			.inTransaction((jdbc) -> jdbc
				.sql("UPDATE %s SET %s = TRUE WHERE %s = ?".formatted(this.tables.ownerTable(),
						this.tables.transitColumn(), this.tables.keyColumn()))
				.param(owner.toString())
				.update() == 1 || exists(jdbc, owner));
		if (!fenced) {
			// deleted meanwhile: nothing to move; drop the copy made ahead
			to.inTransaction((jdbc) -> this.rows.delete(jdbc, owner));
			return null;
		}
		OwnerRows.Snapshot original = from.inTransaction((jdbc) -> this.rows.read(jdbc, owner));
		OwnerRows.Checksum copied = to.inTransaction((jdbc) -> {
			this.rows.replace(jdbc, owner, original, false);
			return this.rows.checksum(this.rows.read(jdbc, owner));
		});
		OwnerRows.Checksum expected = this.rows.checksum(original);
		if (!expected.equals(copied)) {
			to.inTransaction((jdbc) -> this.rows.delete(jdbc, owner));
			unfence(from, owner);
			throw new IllegalStateException(
					"the copy of owner %s differs: %s, original %s".formatted(owner, copied, expected));
		}
		this.directory.place(owner, to.shardId(), placement);
		from.inTransaction((jdbc) -> this.rows.delete(jdbc, owner));
		return new Switched(expected.rows(), (System.nanoTime() - fencedAt) / 1000);
	}

	/**
	 * Pins an owner to a shard: moves it there (copy ahead, then the same fenced switch
	 * as a job's) and keeps it there with a {@link Placement#PINNED} directory entry,
	 * which resharding jobs leave alone. For a hot owner on a shard of its own.
	 * @param owner the owner
	 * @param shardId an active shard
	 * @return how long the owner's writes were fenced, in microseconds (0 when it was
	 * there already)
	 * @throws IllegalStateException while a resharding job runs
	 * @throws IllegalArgumentException when the owner does not exist or the shard is not
	 * active
	 */
	public long pin(UUID owner, int shardId) {
		return this.jobs.withMoveLock(() -> {
			requireNoJob();
			Shard shard = this.router.registry()
				.refresh()
				.shard(shardId)
				.filter(Shard::isActive)
				.orElseThrow(() -> new IllegalArgumentException("shard " + shardId + " is not an active shard"));
			return moveTo(owner, shard.id(), Placement.PINNED);
		});
	}

	/**
	 * Gives a pinned owner back to the ring: moves it to where the ring puts it and drops
	 * its directory entry.
	 * @param owner the owner
	 * @return how long the owner's writes were fenced, in microseconds
	 */
	public long unpin(UUID owner) {
		return this.jobs.withMoveLock(() -> {
			requireNoJob();
			int ringShard = this.router.registry().refresh().ringShard(owner);
			long fenced = moveTo(owner, ringShard, Placement.MOVED);
			this.directory.forgetMove(owner, ringShard);
			return fenced;
		});
	}

	private void requireNoJob() {
		this.jobs.unfinished().ifPresent((job) -> {
			throw new IllegalStateException("resharding job " + job.id() + " is still " + job.phase());
		});
	}

	private long moveTo(UUID owner, int shardId, Placement placement) {
		int location = this.router.locateFresh(owner);
		ShardDatabase from = this.router.registry().database(location);
		if (!from.inTransaction((jdbc) -> exists(jdbc, owner))) {
			throw new IllegalArgumentException("there is no owner " + owner);
		}
		if (location == shardId) {
			this.directory.place(owner, shardId, placement);
			return 0;
		}
		ShardDatabase to = this.router.registry().database(shardId);
		OwnerRows.Snapshot ahead = from.inTransaction((jdbc) -> this.rows.read(jdbc, owner));
		to.inTransaction((jdbc) -> {
			this.rows.replace(jdbc, owner, ahead, true);
			return null;
		});
		Switched switched = fenceAndSwitch(owner, from, to, placement);
		if (switched == null) {
			throw new IllegalArgumentException("owner " + owner + " was deleted while it was moved");
		}
		return switched.fenceMicros();
	}

	private boolean exists(JdbcClient jdbc, UUID owner) {
		// the row may be fenced already by an earlier run of this switch
		return jdbc
			.sql("SELECT COUNT(*) FROM %s WHERE %s = ?".formatted(this.tables.ownerTable(), this.tables.keyColumn()))
			.param(owner.toString())
			.query(Integer.class)
			.single() == 1;
	}

	private void unfence(ShardDatabase shard, UUID owner) {
		shard.inTransaction((jdbc) -> jdbc
			.sql("UPDATE %s SET %s = FALSE WHERE %s = ?".formatted(this.tables.ownerTable(),
					this.tables.transitColumn(), this.tables.keyColumn()))
			.param(owner.toString())
			.update());
	}

	/**
	 * Makes the shard active, then drops the directory entries the new ring agrees with.
	 */
	private void activate(ReshardingJob job) {
		this.router.registry().activate(job.shardId());
		// instances that have not seen the new ring yet still need the entries
		awaitGrace(Instant.now());
		ShardLayout layout = this.router.registry().refresh();
		UUID after = null;
		while (true) {
			List<ReshardingJobs.Move> moved = this.jobs.switched(job.id(), after, this.settings.batchSize());
			if (moved.isEmpty()) {
				return;
			}
			for (ReshardingJobs.Move move : moved) {
				if (layout.ringShard(move.owner()) == move.toShard()) {
					this.directory.forgetMove(move.owner(), move.toShard());
				}
			}
			after = moved.getLast().owner();
			renew(job.id());
		}
	}

	private static int location(ShardLayout layout, UUID owner, Optional<ShardDirectory.Entry> entry) {
		return entry.map(ShardDirectory.Entry::shardId).orElseGet(() -> layout.ringShard(owner));
	}

	/** Every live owner on exactly one shard, the one it is routed to. */
	private Verification verify() {
		ShardLayout layout = this.router.registry().refresh();
		Map<UUID, Integer> seen = new HashMap<>();
		int duplicated = 0;
		int misplaced = 0;
		StringBuilder perShard = new StringBuilder();
		for (Shard shard : layout.shards().values()) {
			List<UUID> owners = this.router.registry()
				.database(shard.id())
				.jdbc()
				.sql("SELECT %s FROM %s WHERE %s = FALSE".formatted(this.tables.keyColumn(), this.tables.ownerTable(),
						this.tables.transitColumn()))
				.query((rs, row) -> UUID.fromString(rs.getString(1)))
				.list();
			perShard.append("shard ").append(shard.id()).append(": ").append(owners.size()).append(" owners; ");
			for (UUID owner : owners) {
				if (seen.put(owner, shard.id()) != null) {
					duplicated++;
				}
				// one shard set for the whole check, the directory read per owner
				else if (location(layout, owner, this.directory.lookupFresh(owner)) != shard.id()) {
					misplaced++;
				}
			}
		}
		boolean ok = duplicated == 0 && misplaced == 0;
		String report = "%d owners; %d on two shards; %d not where they are routed; %s".formatted(seen.size(),
				duplicated, misplaced, perShard.toString().strip());
		return new Verification(ok, report);
	}

	private record Verification(boolean ok, String report) {
	}

	private void awaitGrace(@Nullable Instant since) {
		Instant until = ((since != null) ? since : Instant.now()).plus(this.settings.grace());
		Duration left = Duration.between(Instant.now(), until);
		if (!left.isNegative() && !left.isZero()) {
			try {
				Thread.sleep(left);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while waiting for instances to see the shard set", ex);
			}
		}
	}

	private void renew(long jobId) {
		if (!this.jobs.claim(jobId, this.processName, this.settings.lease())) {
			throw new IllegalStateException("lost the lease of resharding job " + jobId + " to another process");
		}
	}

	private static void await(Future<?> future) {
		try {
			future.get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while switching owners", ex);
		}
	}

}
