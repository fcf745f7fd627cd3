package com.scalemart.devstack.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.scalemart.devstack.DevStackException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StateFileTests {

	@TempDir
	Path dir;

	@Test
	void writesAndReadsTheSameState() {
		StateFile file = new StateFile(this.dir.resolve("nested/state.json"));
		StackState state = new StackState(42, 1_700_000_000_000L, "embedded",
				List.of(new StateEntry("MariaDB", StateEntry.ENGINE, 13306, 43, 1_700_000_000_100L,
						"jdbc:mariadb://127.0.0.1:13306"),
						new StateEntry("user-service", StateEntry.SERVICE, 8081, 44, 0, "http://127.0.0.1:8081")));
		file.write(state);
		assertThat(file.read()).contains(state);
		assertThat(this.dir.resolve("nested/state.json.tmp")).doesNotExist();
	}

	@Test
	void readsNothingWhenThereIsNoFile() {
		assertThat(new StateFile(this.dir.resolve("state.json")).read()).isEmpty();
	}

	@Test
	void deleteRemovesTheFileAndToleratesItsAbsence() {
		StateFile file = new StateFile(this.dir.resolve("state.json"));
		file.write(new StackState(1, 0, "external", List.of()));
		file.delete();
		file.delete();
		assertThat(file.path()).doesNotExist();
	}

	@Test
	void aDamagedFileIsReportedWithTheFix() throws IOException {
		Path path = this.dir.resolve("state.json");
		Files.writeString(path, "{ not json");
		assertThatExceptionOfType(DevStackException.class).isThrownBy(() -> new StateFile(path).read())
			.withMessageStartingWith("cannot read " + path)
			.withMessageEndingWith("stop leftover processes by hand and delete the file")
			.withMessageNotContaining("\n");
	}

	@Test
	void liveProcessesListsOnlyProcessesThatAreStillOurs() {
		ProcessHandle self = ProcessHandle.current();
		long startMillis = self.info().startInstant().orElseThrow().toEpochMilli();
		StackState state = new StackState(self.pid(), startMillis, "embedded",
				List.of(new StateEntry("Kafka", StateEntry.ENGINE, 19092, self.pid(), startMillis, "kafka://x"),
						new StateEntry("reused", StateEntry.SERVICE, 8081, self.pid(), startMillis - 60_000,
								"http://x"),
						new StateEntry("external", StateEntry.EXTERNAL, 3306, 0, 0, "jdbc:mariadb://x")));
		assertThat(state.liveLauncher()).contains(self);
		assertThat(state.liveProcesses()).containsExactly(self);
	}

}
