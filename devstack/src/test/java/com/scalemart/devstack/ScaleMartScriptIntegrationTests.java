package com.scalemart.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code scalemart} script: how it finds a JDK, and that it hands over to the
 * launcher. Old JDKs are stand-ins that only answer {@code -version}, so the tests need
 * no JDK 17, and the PATH holds no java of the machine.
 */
class ScaleMartScriptIntegrationTests {

	/** Tests run in the module directory, one below the root. */
	private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

	@TempDir
	Path temp;

	@Test
	void anOldJdkOnlyEndsInOneLineThatNamesTheFix() throws Exception {
		Path old = fakeJdk("jdk-17", "17.0.15");
		Result result = script(Map.of("JAVA_HOME", old.toString(), "PATH", toolsPath(), "SCALEMART_JVM_DIR",
				Files.createDirectories(this.temp.resolve("empty")).toString()), "help");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.output()).isEqualTo("ScaleMart needs JDK 21 or newer; found 17 at " + old.resolve("bin/java")
				+ ": set JAVA_HOME to a JDK 21+\n");
	}

	@Test
	void aJava8StyleVersionIsReadAsItsMajor() throws Exception {
		Path old = fakeJdk("jdk-8", "1.8.0_392");
		Result result = script(Map.of("JAVA_HOME", old.toString(), "PATH", toolsPath(), "SCALEMART_JVM_DIR",
				Files.createDirectories(this.temp.resolve("empty")).toString()), "help");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.output()).startsWith("ScaleMart needs JDK 21 or newer; found 8 at ");
	}

	@Test
	void theNewestJdkInTheJvmDirectoryIsUsedWhenJavaHomeIsTooOld() throws Exception {
		Path jvms = Files.createDirectories(this.temp.resolve("jvm"));
		Path old = fakeJdk("jvm/jdk-17", "17.0.15");
		Files.createSymbolicLink(jvms.resolve("current"), Path.of(System.getProperty("java.home")));
		Result result = script(
				Map.of("JAVA_HOME", old.toString(), "PATH", toolsPath(), "SCALEMART_JVM_DIR", jvms.toString()), "help");
		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.output()).contains("Usage: scalemart", "up", "down", "status");
	}

	@Test
	void downWhenNothingRunsSucceeds() throws Exception {
		Result result = script(Map.of("SCALEMART_STATE_DIR", this.temp.resolve("state").toString(), "JAVA_HOME",
				System.getProperty("java.home")), "down");
		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.output()).isEqualTo("ScaleMart is not running; nothing to stop.\n");
	}

	/**
	 * A PATH with the tools the script uses and no java, so the machine's own JDKs stay
	 * out.
	 */
	private String toolsPath() throws IOException {
		Path tools = Files.createDirectories(this.temp.resolve("tools"));
		for (String tool : new String[] { "sed", "head", "cut", "dirname", "basename", "readlink", "find" }) {
			Path link = tools.resolve(tool);
			if (!Files.exists(link)) {
				Files.createSymbolicLink(link, Path.of("/usr/bin", tool));
			}
		}
		return tools.toString();
	}

	private Path fakeJdk(String name, String version) throws IOException {
		Path home = Files.createDirectories(this.temp.resolve(name));
		Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
		Files.writeString(java, "#!/bin/sh\necho 'openjdk version \"" + version + "\" 2025-04-15' >&2\n");
		Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
		return home;
	}

	private Result script(Map<String, String> env, String command) throws Exception {
		ProcessBuilder builder = new ProcessBuilder("/bin/bash", ROOT.resolve("scalemart").toString(), command)
			.directory(ROOT.toFile())
			.redirectErrorStream(true);
		builder.environment().remove("JAVA_HOME");
		builder.environment().putAll(env);
		// the launcher jar of this build is there; never start a build from a test
		builder.environment().put("SCALEMART_NO_BUILD", "1");
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), output);
	}

	private record Result(int exitCode, String output) {
	}

}
