package com.scalemart.labs.data;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import com.scalemart.labs.data.LabSettings.Part;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LabSettingsTests {

	private static final Path ROOT = Path.of("/repo");

	@Test
	void defaultsAreTheDocumentedOnes() {
		LabSettings settings = LabSettings.parse(new String[0], ROOT);

		assertThat(settings.keys()).isEqualTo(1_000_000);
		assertThat(settings.virtualNodes()).isEqualTo(256);
		assertThat(settings.owners()).isEqualTo(5000);
		assertThat(settings.rate()).isEqualTo(300);
		assertThat(settings.burstRates()).containsExactly(200, 500, 1000);
		assertThat(settings.parts()).isEqualTo(EnumSet.allOf(Part.class));
		assertThat(settings.output()).isEqualTo(ROOT.resolve("docs/results"));
		assertThat(settings.work()).isEqualTo(ROOT.resolve("labs/data-lab/target/data-lab"));
		assertThat(settings.command()).isEqualTo("./scalemart lab data");
	}

	@Test
	void everyOptionIsRead() {
		LabSettings settings = LabSettings
			.parse(new String[] { "--keys=10", "--seed=-3", "--vnodes=64", "--owners=100", "--children=0", "--rate=50",
					"--writers=2", "--warmup=4", "--before=0", "--after=1", "--grace=2", "--bursts=100, 300",
					"--burst-seconds=3", "--read-backs=7", "--only=resharding,Replication", "--out=/tmp/x" }, ROOT);

		assertThat(settings)
			.extracting(LabSettings::keys, LabSettings::seed, LabSettings::virtualNodes, LabSettings::owners,
					LabSettings::childRows, LabSettings::rate, LabSettings::writers, LabSettings::warmupSeconds,
					LabSettings::beforeSeconds, LabSettings::afterSeconds, LabSettings::graceSeconds,
					LabSettings::burstSeconds, LabSettings::readBacks)
			.containsExactly(10, -3L, 64, 100, 0, 50, 2, 4, 0, 1, 2, 3, 7);
		assertThat(settings.burstRates()).containsExactly(100, 300);
		assertThat(settings.runs(Part.DISTRIBUTION)).isFalse();
		assertThat(settings.runs(Part.REPLICATION)).isTrue();
		assertThat(settings.output()).isEqualTo(Path.of("/tmp/x"));
		assertThat(settings.command()).startsWith("./scalemart lab data --keys=10 ");
	}

	@Test
	void badArgumentsAreRefusedInOneLine() {
		for (List<String> bad : List.of(
				List.of("owners=5", "expected --name=value, got 'owners=5' (--help lists them)"),
				List.of("--owners", "expected --name=value, got '--owners' (--help lists them)"),
				List.of("--colour=red", "unknown option '--colour' (--help lists them)"),
				List.of("--rate=fast", "'--rate=fast': 'fast' is not a whole number"),
				List.of("--rate=0", "'--rate=0': must be at least 1"),
				List.of("--children=-1", "'--children=-1': must be at least 0"),
				List.of("--owners=99999999999", "'--owners=99999999999': must be at least 1"),
				List.of("--bursts=100,,300", "'--bursts=100,,300': '' is not a whole number"),
				List.of("--only=sharding",
						"'--only=sharding': 'sharding' is not one of [distribution, resharding, replication]"))) {
			assertThatIllegalArgumentException().as(bad.get(0))
				.isThrownBy(() -> LabSettings.parse(new String[] { bad.get(0) }, ROOT))
				.withMessage(bad.get(1));
		}
	}

}
