package com.scalemart.loadtest.simulation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LoadSettingsTests {

	@TempDir
	Path dir;

	@Test
	void defaultsToAnOpenModelAgainstTheLocalGateway() {
		LoadSettings settings = LoadSettings.from(new Properties());
		assertThat(settings.baseUrl()).isEqualTo("http://127.0.0.1:8080");
		assertThat(settings.rate()).isEqualTo(100);
		assertThat(settings.duration()).isEqualTo(Duration.ofSeconds(30));
		assertThat(settings.closed()).isFalse();
		assertThat(settings.products()).isEqualTo(100_000);
		assertThat(settings.seed()).isEqualTo(42);
		assertThat(settings.exponent()).isEqualTo(0.99);
		assertThat(settings.idsFile()).isEmpty();
	}

	@Test
	void readsEverySetting() {
		Properties properties = properties("baseUrl", "http://127.0.0.1:8082", "rate", "250", "duration", "60", "model",
				"closed", "users", "8", "products", "1000", "seed", "7", "pingPath", "/api/catalog-ping");
		LoadSettings settings = LoadSettings.from(properties);
		assertThat(settings).isEqualTo(new LoadSettings("http://127.0.0.1:8082", 250, Duration.ofSeconds(60), true, 8,
				1000, 7, 0.99, "/api/catalog-ping", ""));
	}

	@Test
	void trafficGoesOnlyToThisMachine() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LoadSettings.from(properties("baseUrl", "http://example.com:8080")))
			.withMessageStartingWith("baseUrl must be on this machine");
	}

	@Test
	void aNumberThatIsNotOneIsNamed() {
		assertThatIllegalArgumentException().isThrownBy(() -> LoadSettings.from(properties("rate", "fast")))
			.withMessage("rate must be a number, got 'fast'");
	}

	@Test
	void anUnknownModelIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> LoadSettings.from(properties("model", "mixed")))
			.withMessage("model must be 'open' or 'closed', got 'mixed'");
	}

	@Test
	void ranksMapOntoTheIdsThatExist() throws Exception {
		Path file = this.dir.resolve("ids.txt");
		RankedIds.write(List.of(1L, 2L, 5L, 9L), file);
		LoadSettings settings = LoadSettings.from(properties("products", "4", "idsFile", file.toString()));
		RankedIds ids = RankedIds.of(settings);
		assertThat(ids.idOf(1)).isEqualTo(1);
		assertThat(ids.idOf(3)).isEqualTo(5);
		assertThat(ids.idOf(4)).isEqualTo(9);
		assertThat(RankedIds.of(LoadSettings.from(new Properties())).idOf(3)).isEqualTo(3);
	}

	@Test
	void aFileWithFewerIdsThanRanksIsRejected() throws Exception {
		Path file = this.dir.resolve("ids.txt");
		Files.writeString(file, "1\n2\n");
		assertThatIllegalArgumentException().isThrownBy(() -> RankedIds.read(file, 3))
			.withMessageEndingWith("holds 2 ids, fewer than the 3 ranks drawn from");
	}

	private static Properties properties(String... pairs) {
		Properties properties = new Properties();
		for (int i = 0; i < pairs.length; i += 2) {
			properties.setProperty(pairs[i], pairs[i + 1]);
		}
		return properties;
	}

}
