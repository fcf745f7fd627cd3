package com.scalemart.labs.hashing;

import com.scalemart.labs.support.Machine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LabTests {

	private static final Machine MACHINE = new Machine(2, "1.0 GiB", "test JVM", "0.50", "today");

	@Test
	void parsesArgumentsAndRefusesUnknownOnes() {
		LabSettings settings = LabSettings.parse(new String[] { "--keys=10", "--seed=3" }, Path.of("/repo"));
		assertThat(settings.keys()).isEqualTo(10);
		assertThat(settings.seed()).isEqualTo(3);
		assertThat(settings.output()).isEqualTo(Path.of("/repo/docs/results"));
		assertThat(settings.nodeCounts()).containsExactly(4, 8, 16);
		assertThat(settings.virtualNodes()).containsExactly(1, 16, 64, 256, 1024);
		assertThat(settings.command()).endsWith("exec:java -Dexec.args=\"--keys=10 --seed=3\"");
		assertThat(LabSettings.parse(new String[0], Path.of("/repo")).command())
			.isEqualTo("./mvnw -q -pl labs/hashing-lab compile exec:java");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LabSettings.parse(new String[] { "--nodes=3" }, Path.of("/")))
			.withMessageContaining("unknown argument '--nodes'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LabSettings.parse(new String[] { "--keys=ten" }, Path.of("/")))
			.withMessage("'--keys=ten' is not a number");
		assertThatIllegalArgumentException().isThrownBy(() -> LabSettings.parse(new String[] { "keys" }, Path.of("/")))
			.withMessageContaining("expected --name=value");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LabSettings.parse(new String[] { "--keys=0" }, Path.of("/")))
			.withMessage("--keys must be at least 1, was 0");
	}

	@Test
	void checksTheTargetOnTheEightNodeRingOf256VirtualNodes() {
		LabSettings settings = LabSettings.parse(new String[0], Path.of("/repo"));
		Result met = result(Algorithm.ring(256), 8, 1.05, 0.11);
		assertThat(new Report(settings, List.of(met), MACHINE).againstTarget()).contains("max/mean 1.050 (met)",
				"moved on add 11.00% of the keys against a limit of 13.75% (met)", "0.99 x the ideal K/(N+1) = 11.11%");
		Result missed = result(Algorithm.ring(256), 8, 1.2, 0.2);
		assertThat(new Report(settings, List.of(missed), MACHINE).againstTarget()).contains("max/mean 1.200 (NOT met)",
				"limit of 13.75% (NOT met)");
		assertThat(new Report(settings, List.of(result(Algorithm.ring(64), 8, 1, 0.1)), MACHINE).againstTarget())
			.isEqualTo("The target's ring (8 nodes x 256 virtual nodes) was not part of this run.");
	}

	@Test
	void tablesShowEveryResultAndMarkMissingFigures() {
		LabSettings settings = LabSettings.parse(new String[0], Path.of("/repo"));
		Report report = new Report(settings,
				List.of(result(Algorithm.jump(), 4, 1.001, 0.2), new Result(Algorithm.modulo(), 1,
						Distribution.of(new int[] { 5 }), 0.5, Double.NaN, new Throughput(Double.NaN, Double.NaN))),
				MACHINE);
		assertThat(report.table()).contains(
				"| jump | 4 | 1.001 | 0.001 | 20.00% | 1.00 | 25.00% | 1.00 | 12.0 | 34.0 |",
				"| modulo | 1 | 1.000 | 0.000 | 50.00% | 1.00 | - | - | - | - |");
		assertThat(report.balanceTable()).contains("| jump | 1.001 | - | - |", "| modulo | - | - | - |");
	}

	@Test
	void writesTheReportAndTheCharts(@TempDir Path out) throws Exception {
		HashingLab.main(new String[] { "--keys=20000", "--seed=5", "--out=" + out });
		String markdown = Files.readString(out.resolve("hashing-lab.md"));
		assertThat(markdown).contains("20,000 user ids", "| ring, 256 vnodes | 8 |", "| modulo | 16 |",
				"![max/mean keys per node vs virtual nodes](hashing-lab-balance.png)",
				"![fraction of keys moved when a node is added or removed](hashing-lab-moved.png)",
				"-Dexec.args=\"--keys=20000 --seed=5", "processors (nproc)", "Target: a ring of 8 nodes");
		for (String chart : List.of("hashing-lab-balance.png", "hashing-lab-moved.png")) {
			byte[] png = Files.readAllBytes(out.resolve(chart));
			assertThat(png).hasSizeGreaterThan(1_000);
			assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
		}
	}

	@Test
	void refusesToChartWithoutRingResults(@TempDir Path out) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Charts.writeBalance(List.of(result(Algorithm.jump(), 4, 1, 0.2)), List.of(4),
					out.resolve("x.png")))
			.withMessage("no ring results to chart");
	}

	private static Result result(Algorithm algorithm, int nodes, double maxOverMean, double movedOnAdd) {
		// counts chosen so that the busiest node is maxOverMean times the mean
		int mean = 1000;
		int[] counts = new int[nodes];
		java.util.Arrays.fill(counts, mean);
		int extra = (int) Math.round((maxOverMean - 1) * mean);
		counts[0] += extra;
		counts[1 % nodes] -= (nodes > 1) ? extra : 0;
		return new Result(algorithm, nodes, Distribution.of(counts), movedOnAdd, 1.0 / nodes,
				new Throughput(12e6, 34e6));
	}

}
