package com.scalemart.labs.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small run of the distribution and resharding parts on a real MariaDB (the one
 * {@code SCALEMART_TEST_MARIADB} names, else an embedded one): the job ends verified, no
 * acknowledged write is lost or stored twice, and the report and its charts are written.
 * Nothing here depends on how fast the machine is.
 */
class DataLabIntegrationTests {

	@Test
	void aSmallRunMeetsTheTargetsAndWritesItsReport(@TempDir Path root) throws Exception {
		LabSettings settings = LabSettings.parse(new String[] { "--keys=20000", "--owners=300", "--rate=100",
				"--writers=4", "--before=1", "--after=1", "--grace=1", "--only=distribution,resharding" }, root);
		String server = System.getenv("SCALEMART_TEST_MARIADB");
		Map<String, String> environment = (server != null) ? Map.of(LabMariaDb.VARIABLE, server) : Map.of();

		boolean met = DataLab.run(settings, environment);

		String report = Files.readString(settings.output().resolve(Report.MARKDOWN));
		assertThat(met).as(report).isTrue();
		assertThat(report).contains("| acknowledged writes lost = 0 | 0 of ")
			.contains("| writes stored twice = 0 | 0 | met |")
			.contains("| the job ends DONE and verified | DONE, verified true")
			.contains("| ring, 256 vnodes | 4 → 5 |")
			.contains("## 3. Replica lag under write bursts, stale reads\n\nNot run (`--only`).");
		assertThat(settings.output().resolve(Report.DISTRIBUTION_CHART)).isNotEmptyFile();
		assertThat(settings.output().resolve(Report.RESHARDING_CHART)).isNotEmptyFile();
		assertThat(settings.output().resolve(Report.LAG_CHART)).doesNotExist();
	}

}
