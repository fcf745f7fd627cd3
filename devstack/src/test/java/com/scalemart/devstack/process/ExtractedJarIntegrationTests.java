package com.scalemart.devstack.process;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.scalemart.devstack.DevStackException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Extraction of Spring Boot jars, using this module's own repackaged {@code devstack.jar}
 * (built in the package phase, before integration tests run).
 */
class ExtractedJarIntegrationTests {

	private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

	@TempDir
	Path temp;

	@Test
	void aBootJarIsExtractedOnceAndAgainWhenItChanges() throws IOException {
		Path jar = Files.copy(Path.of("target/devstack.jar"), this.temp.resolve("devstack.jar"));
		Path log = this.temp.resolve("devstack.log");
		Path apps = this.temp.resolve("apps");

		Path extracted = ExtractedJar.prepare(JAVA, jar, apps, "devstack", log);
		assertThat(extracted).isEqualTo(apps.resolve("devstack/devstack.jar")).isRegularFile();
		assertThat(apps.resolve("devstack/lib")).isDirectoryContaining("glob:**/picocli-*.jar");

		Files.setLastModifiedTime(extracted, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
		assertThat(ExtractedJar.prepare(JAVA, jar, apps, "devstack", log)).isEqualTo(extracted);
		assertThat(Files.getLastModifiedTime(extracted)).as("not extracted again")
			.isEqualTo(FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));

		Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(5)));
		ExtractedJar.prepare(JAVA, jar, apps, "devstack", log);
		assertThat(Files.getLastModifiedTime(extracted)).as("extracted again")
			.isNotEqualTo(FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
	}

	@Test
	void aPlainJarRunsAsItIs() throws IOException {
		Path jar = jar(this.temp.resolve("plain.jar"), false);
		assertThat(ExtractedJar.prepare(JAVA, jar, this.temp.resolve("apps"), "plain", this.temp.resolve("plain.log")))
			.isEqualTo(jar);
	}

	@Test
	void aBootJarThatCannotBeExtractedIsReportedWithItsLog() throws IOException {
		Path jar = jar(this.temp.resolve("broken.jar"), true);
		Path log = this.temp.resolve("broken.log");
		assertThatExceptionOfType(DevStackException.class)
			.isThrownBy(() -> ExtractedJar.prepare(JAVA, jar, this.temp.resolve("apps"), "broken", log))
			.withMessageStartingWith("could not extract " + jar + " (exit code 1): see " + log)
			.withMessageEndingWith("rebuild it with ./mvnw clean install");
		assertThat(log).isNotEmptyFile();
	}

	/** A jar with a manifest only, whose main class does not exist. */
	private static Path jar(Path path, boolean springBoot) throws IOException {
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "com.example.Missing");
		if (springBoot) {
			manifest.getMainAttributes().putValue("Spring-Boot-Version", "4.0.7");
		}
		try (OutputStream file = Files.newOutputStream(path);
				JarOutputStream out = new JarOutputStream(file, manifest)) {
			out.flush();
		}
		return path;
	}

}
