package com.scalemart.platform.testkit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.scalemart.platform.engines.EngineStartException;
import com.scalemart.platform.engines.EngineUnavailableException;
import com.scalemart.platform.engines.MariaDbEndpoint;
import com.scalemart.platform.engines.Ports;
import com.scalemart.platform.engines.RedisEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * How the servers are chosen. Named servers are the machine's own (127.0.0.1:3306 and
 * :6379), named through system properties rather than by changing this JVM's environment.
 */
class EngineSelectionTests {

	@TempDir
	Path workDir;

	@Test
	void aSystemPropertyNamesTheMariaDbServerAndNothingEmbeddedStarts() {
		String before = System.getProperty(EngineSelection.MARIADB);
		System.setProperty(EngineSelection.MARIADB, "127.0.0.1:3306");
		try {
			EngineSelection selection = new EngineSelection(EngineSelection::systemSetting,
					new EmbeddedEngines(this.workDir));
			MariaDbEndpoint endpoint = selection.mariaDb();
			assertThat(endpoint).isEqualTo(new MariaDbEndpoint("127.0.0.1", 3306, "root", ""));
			assertThat(selection.mariaDb()).isSameAs(endpoint);
			assertThat(this.workDir).isEmptyDirectory();
		}
		finally {
			restore(EngineSelection.MARIADB, before);
		}
	}

	@Test
	void userAndPasswordSettingsAreUsed() {
		Map<String, String> settings = Map.of(EngineSelection.MARIADB, "127.0.0.1:3306", EngineSelection.MARIADB_USER,
				"root", EngineSelection.MARIADB_PASSWORD, "");
		MariaDbEndpoint endpoint = new EngineSelection(settings::get, new EmbeddedEngines(this.workDir)).mariaDb();
		assertThat(endpoint.user()).isEqualTo("root");
		Map<String, String> wrongUser = Map.of(EngineSelection.MARIADB, "127.0.0.1:3306", EngineSelection.MARIADB_USER,
				"nobody_here", EngineSelection.MARIADB_PASSWORD, "wrong");
		assertThatExceptionOfType(EngineUnavailableException.class)
			.isThrownBy(() -> new EngineSelection(wrongUser::get, new EmbeddedEngines(this.workDir)).mariaDb())
			.withMessageContaining("SCALEMART_TEST_MARIADB")
			.withMessageNotContaining("wrong");
	}

	@Test
	void aSystemPropertyNamesTheRedisServer() {
		String before = System.getProperty(EngineSelection.REDIS);
		System.setProperty(EngineSelection.REDIS, "127.0.0.1:6379");
		try {
			RedisEndpoint endpoint = new EngineSelection(EngineSelection::systemSetting,
					new EmbeddedEngines(this.workDir))
				.redis();
			assertThat(endpoint).isEqualTo(new RedisEndpoint("127.0.0.1", 6379));
		}
		finally {
			restore(EngineSelection.REDIS, before);
		}
	}

	@Test
	void aNamedServerThatDoesNotAnswerFailsNamingTheVariable() {
		int closed = Ports.freePort();
		Map<String, String> settings = Map.of(EngineSelection.MARIADB, "127.0.0.1:" + closed, EngineSelection.REDIS,
				"127.0.0.1:" + closed, EngineSelection.KAFKA, "127.0.0.1:" + closed);
		EngineSelection selection = new EngineSelection(settings::get, new EmbeddedEngines(this.workDir),
				Duration.ofSeconds(2));
		assertThatExceptionOfType(EngineUnavailableException.class).isThrownBy(selection::mariaDb)
			.withMessageEndingWith("start it, or unset SCALEMART_TEST_MARIADB to use an embedded MariaDB");
		assertThatExceptionOfType(EngineUnavailableException.class).isThrownBy(selection::redis)
			.withMessageEndingWith("start it, or unset SCALEMART_TEST_REDIS to use an embedded Redis");
		assertThatExceptionOfType(EngineUnavailableException.class).isThrownBy(selection::kafka)
			.withMessageEndingWith("start it, or unset SCALEMART_TEST_KAFKA to use an embedded Kafka");
		assertThat(this.workDir).isEmptyDirectory();
	}

	@Test
	void malformedServerNamesAreRejectedWithAnExample() {
		for (String malformed : new String[] { "localhost", "localhost:", ":3306", "localhost:abc",
				"localhost:70000" }) {
			EngineSelection selection = new EngineSelection(Map.of(EngineSelection.MARIADB, malformed)::get,
					new EmbeddedEngines(this.workDir));
			assertThatExceptionOfType(EngineStartException.class).isThrownBy(selection::mariaDb)
				.withMessage(
						"SCALEMART_TEST_MARIADB='%s' is not host:port: set it like 127.0.0.1:3306, or unset it to use an embedded engine",
						malformed);
		}
		EngineSelection kafka = new EngineSelection(Map.of(EngineSelection.KAFKA, "127.0.0.1:9092,broken")::get,
				new EmbeddedEngines(this.workDir));
		assertThatExceptionOfType(EngineStartException.class).isThrownBy(kafka::kafka)
			.withMessageStartingWith("SCALEMART_TEST_KAFKA='broken'");
	}

	@Test
	void aSystemPropertyWinsOverTheEnvironment() {
		String before = System.getProperty("PATH");
		System.setProperty("PATH", "from-property");
		try {
			assertThat(EngineSelection.systemSetting("PATH")).isEqualTo("from-property");
		}
		finally {
			restore("PATH", before);
		}
		assertThat(EngineSelection.systemSetting("PATH")).isEqualTo(System.getenv("PATH"));
	}

	private static void restore(String name, String before) {
		if (before == null) {
			System.clearProperty(name);
		}
		else {
			System.setProperty(name, before);
		}
	}

}
