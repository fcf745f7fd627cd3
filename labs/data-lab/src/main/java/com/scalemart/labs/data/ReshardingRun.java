package com.scalemart.labs.data;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

import com.scalemart.labs.data.WriteTimeline.Bucket;
import com.scalemart.labs.data.WriteTimeline.Window;
import com.scalemart.labs.hashing.UserIds;
import com.scalemart.platform.data.shard.FenceTimes;
import com.scalemart.platform.data.shard.ReshardingJob;
import com.scalemart.platform.data.shard.ReshardingSettings;
import org.jspecify.annotations.Nullable;

/**
 * Adds a third shard to two while writers keep a constant rate, as the user service does
 * it: an application instance writes through its router (shard set re-read every second,
 * directory lookups cached for a second, as configured there), and an operator instance
 * runs the {@code Resharder} with the service's pacing. The job is polled for its phases;
 * afterwards every shard is read and checked against what the writers were told.
 */
final class ReshardingRun {

	private static final Duration REFRESH_INTERVAL = Duration.ofSeconds(1);

	private static final Duration PHASE_POLL = Duration.ofMillis(20);

	private static final long BUCKET_NANOS = 1_000_000_000L;

	private final LabSettings settings;

	private final Consumer<String> progress;

	ReshardingRun(LabSettings settings, Consumer<String> progress) {
		this.settings = settings;
		this.progress = progress;
	}

	/**
	 * What one run measured.
	 *
	 * @param database the server the shards lived on
	 * @param ownersBefore live owners per shard before the job
	 * @param ownersAfter live owners per shard at the end
	 * @param job the job as it ended, or null if it threw
	 * @param jobError what it threw, or null
	 * @param phases the phase changes seen
	 * @param secondsPerPhase time per phase
	 * @param jobStartSeconds when the job was started, seconds into the load
	 * @param jobEndSeconds when it ended
	 * @param loadEndSeconds when the writers stopped
	 * @param warmup the writes due in the warm-up
	 * @param before the writes due after it, before the job
	 * @param during those due while it ran
	 * @param after those due after it
	 * @param buckets the writes second by second
	 * @param fences how long owners were fenced
	 * @param errors the writers' errors by text
	 * @param check the final check of every shard
	 */
	record Result(String database, Map<Integer, Long> ownersBefore, Map<Integer, Long> ownersAfter,
			@Nullable ReshardingJob job, @Nullable String jobError, List<PhaseTimeline.Change> phases,
			Map<ReshardingJob.Phase, Double> secondsPerPhase, double jobStartSeconds, double jobEndSeconds,
			double loadEndSeconds, Window warmup, Window before, Window during, Window after, List<Bucket> buckets,
			FenceTimes fences, Map<String, Long> errors, WriteCheck check) {

		double jobSeconds() {
			return this.jobEndSeconds - this.jobStartSeconds;
		}

		long owners() {
			return this.ownersBefore.values().stream().mapToLong(Long::longValue).sum();
		}

		/** The new shard's share of the owners at the end. */
		double movedFraction() {
			return (double) this.ownersAfter.getOrDefault(2, 0L) / Math.max(1, owners());
		}

		boolean jobDone() {
			return this.job != null && this.job.phase() == ReshardingJob.Phase.DONE
					&& Boolean.TRUE.equals(this.job.verified());
		}

	}

	Result run(LabMariaDb database) throws InterruptedException {
		ReshardingSettings pacing = new ReshardingSettings(Duration.ofSeconds(this.settings.graceSeconds()), 100, 2,
				Duration.ofSeconds(15));
		try (AccountShards shards = new AccountShards(database.endpoint(), 2)) {
			AccountShards.Process app = shards.process("app", pacing, this.settings.writers() + 2);
			AccountShards.Process operator = shards.process("operator", pacing, 8);
			List<UUID> owners = List.of(UserIds.generate(this.settings.owners(), this.settings.seed()).ids());
			shards.load(owners, this.settings.childRows(), app.registry.layout());
			Map<Integer, Long> before = shards.liveOwners(operator);
			this.progress.accept("%,d owners with %d entries each on shards %s (%s), databases %s_*"
				.formatted(owners.size(), this.settings.childRows(), before, database.describe(), shards.prefix()));
			String newShard = shards.createShard(2);

			ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor();
			refresher.scheduleWithFixedDelay(() -> refresh(app), REFRESH_INTERVAL.toMillis(),
					REFRESH_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
			WriteLoad load = new WriteLoad(app.router, owners, this.settings.rate(), this.settings.writers(),
					this.settings.seed());
			PhaseTimeline phases = new PhaseTimeline();
			ReshardingJob job = null;
			String jobError = null;
			long jobId = -1;
			long jobStart;
			long jobEnd;
			Thread poller = null;
			AtomicBoolean polling = new AtomicBoolean(true);
			try {
				load.start();
				this.progress
					.accept("writing %d/s with %d writers; adding shard 2 in %d s".formatted(this.settings.rate(),
							this.settings.writers(), this.settings.warmupSeconds() + this.settings.beforeSeconds()));
				Thread.sleep(Duration.ofSeconds(this.settings.warmupSeconds() + this.settings.beforeSeconds()));
				jobStart = load.elapsedNanos();
				try {
					ReshardingJob started = operator.resharder.start(newShard, 1.0);
					jobId = started.id();
					phases.observe(seconds(load.elapsedNanos()), started.phase());
					poller = Thread.ofPlatform()
						.name("phase-poller")
						.start(() -> poll(operator, started.id(), phases, load, polling));
					job = operator.resharder.run(started.id())
						.orElseThrow(() -> new IllegalStateException("the job was taken by another process"));
				}
				catch (RuntimeException ex) {
					jobError = WriteLoad.describe(ex);
					this.progress.accept("the resharding job failed: " + jobError);
				}
				jobEnd = load.elapsedNanos();
				polling.set(false);
				if (poller != null) {
					poller.join();
				}
				if (job != null) {
					phases.observe(Math.max(seconds(jobEnd), lastChange(phases)), job.phase());
				}
				this.progress
					.accept("job %s after %.1f s; writing %d s more".formatted((job != null) ? job.phase() : "stopped",
							seconds(jobEnd - jobStart), this.settings.afterSeconds()));
				Thread.sleep(Duration.ofSeconds(this.settings.afterSeconds()));
			}
			finally {
				load.stop();
				refresher.shutdownNow();
			}
			long loadEnd = load.elapsedNanos();
			long warmupEnd = Math.min(jobStart, Duration.ofSeconds(this.settings.warmupSeconds()).toNanos());
			FenceTimes fences = (jobId >= 0) ? operator.jobs.fenceTimes(jobId) : new FenceTimes(0, 0, 0, 0);
			AccountShards.Stored stored = shards.readAll(operator);
			WriteCheck check = WriteCheck.of(owners, load.acknowledged(), load.failed(), stored.owners(),
					stored.entries());
			Map<Integer, Long> after = shards.liveOwners(operator);
			WriteTimeline timeline = new WriteTimeline(load.samples());
			return new Result(database.describe() + ", " + serverVersion(operator), before, after, job, jobError,
					phases.changes(), phases.secondsPerPhase(seconds(jobEnd)), seconds(jobStart), seconds(jobEnd),
					seconds(loadEnd), timeline.window("warm-up", 0, warmupEnd),
					timeline.window("before the job", warmupEnd, jobStart),
					timeline.window("during the job", jobStart, jobEnd),
					timeline.window("after the job", jobEnd, Long.MAX_VALUE), timeline.buckets(BUCKET_NANOS, loadEnd),
					fences, load.errors(), check);
		}
	}

	private static double lastChange(PhaseTimeline phases) {
		List<PhaseTimeline.Change> changes = phases.changes();
		return changes.isEmpty() ? 0 : changes.getLast().atSeconds();
	}

	private static String serverVersion(AccountShards.Process reader) {
		return "version " + reader.registry.database(0).jdbc().sql("SELECT VERSION()").query(String.class).single();
	}

	private static void refresh(AccountShards.Process app) {
		try {
			app.registry.refresh();
		}
		catch (RuntimeException ex) {
			// as the service's refresher: the next round tries again
		}
	}

	/**
	 * Reads the job's phase every 20 ms until told to stop; a flag, not an interrupt,
	 * stops it, since a JDBC call may swallow an interrupt.
	 */
	private static void poll(AccountShards.Process operator, long jobId, PhaseTimeline phases, WriteLoad load,
			AtomicBoolean polling) {
		while (polling.get()) {
			try {
				operator.jobs.find(jobId).ifPresent((job) -> phases.observe(seconds(load.elapsedNanos()), job.phase()));
			}
			catch (RuntimeException ex) {
				// a failed poll only costs resolution
			}
			LockSupport.parkNanos(PHASE_POLL.toNanos());
		}
	}

	private static double seconds(long nanos) {
		return nanos / 1e9;
	}

}
