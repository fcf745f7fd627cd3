package com.scalemart.labs.data;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.scalemart.labs.data.WriteTimeline.Window;
import com.scalemart.labs.support.Machine;
import com.scalemart.platform.data.shard.FenceTimes;
import com.scalemart.platform.data.shard.ReshardingJob;
import com.scalemart.platform.data.shard.ReshardingJob.Phase;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTests {

	private static final LabSettings SETTINGS = LabSettings.parse(new String[] { "--only=resharding" },
			Path.of("/repo"));

	private static final Machine MACHINE = new Machine(2, "23.5 GiB", "OpenJDK 25", "1.50", "2026-11-24T12:00Z");

	private static final WriteCheck CLEAN = new WriteCheck(1000, 0, 0, 0, 0, 0, 0, 0, List.of());

	@Test
	void everyTargetMetIsSaidSo() {
		Report report = report(run(CLEAN, job(Phase.DONE, true), null, new FenceTimes(10, 5, 40, 60)));

		assertThat(report.allMet()).isTrue();
		assertThat(report.targets()).doesNotContain("not met")
			.contains("| acknowledged writes lost = 0 | 0 of 1,000 | met |")
			.contains("| fence < 1 s per user | max 60.0 ms, p99 40.0 ms over 10 users | met |");
		assertThat(report.markdown()).contains("Command: `./scalemart lab data --only=resharding`")
			.contains("load average 1.50")
			.contains("## 1. Keys per shard and keys moved\n\nNot run (`--only`).")
			.contains("No write failed.");
	}

	@Test
	void aLostOrDuplicatedWriteIsNotMet() {
		WriteCheck faulty = new WriteCheck(1000, 2, 1, 0, 0, 0, 0, 0, List.of("acknowledged entry x is on no shard"));
		Report report = report(run(faulty, job(Phase.DONE, true), null, new FenceTimes(10, 5, 40, 60)));

		assertThat(report.allMet()).isFalse();
		assertThat(report.targets()).contains("| acknowledged writes lost = 0 | 2 of 1,000 | **not met** |")
			.contains("| writes stored twice = 0 | 1 | **not met** |");
		assertThat(report.markdown()).contains("- acknowledged entry x is on no shard");
	}

	@Test
	void aFenceOfASecondOrNoFenceAtAllIsNotMet() {
		assertThat(report(run(CLEAN, job(Phase.DONE, true), null, new FenceTimes(10, 5, 40, 1000))).allMet()).isFalse();
		assertThat(report(run(CLEAN, job(Phase.DONE, true), null, new FenceTimes(0, 0, 0, 0))).allMet()).isFalse();
	}

	@Test
	void aJobThatStoppedIsReportedWithItsError() {
		Report report = report(run(CLEAN, null, "IllegalStateException: lost the lease", new FenceTimes(3, 5, 5, 5)));

		assertThat(report.allMet()).isFalse();
		assertThat(report.targets()).contains(
				"| the job ends DONE and verified | stopped: IllegalStateException: lost the lease | **not met** |");
		assertThat(report.markdown())
			.contains("The job stopped with an error: `IllegalStateException: lost the lease`");
	}

	@Test
	void aReplicaPartThatStoppedIsReportedNotFilledIn() {
		Report report = new Report(SETTINGS, null, null, null, "EngineStartException: no replica", 12, MACHINE);

		assertThat(report.markdown()).contains(
				"## 3. Replica lag under write bursts, stale reads\n\nStopped: `EngineStartException: no replica`");
	}

	private static Report report(ReshardingRun.Result run) {
		return new Report(SETTINGS, null, run, null, null, 60, MACHINE);
	}

	private static ReshardingRun.Result run(WriteCheck check, @Nullable ReshardingJob job, @Nullable String error,
			FenceTimes fences) {
		Window window = new Window("during the job", 100, 100, 0, Latency.ofNanos(new long[] { 2_000_000 }));
		return new ReshardingRun.Result("embedded MariaDB", Map.of(0, 600L, 1, 400L), Map.of(0, 400L, 1, 270L, 2, 330L),
				job, error,
				List.of(new PhaseTimeline.Change(5, Phase.WAITING), new PhaseTimeline.Change(10, Phase.DONE)),
				Map.of(Phase.WAITING, 5.0), 5, 10, 15, window, window, window, window, List.of(), fences, Map.of(),
				check);
	}

	private static ReshardingJob job(Phase phase, boolean verified) {
		Instant now = Instant.now();
		return new ReshardingJob(1, 2, phase, 330, 330, verified, "1000 owners", now, now, now, null, null);
	}

}
