package com.scalemart.devstack.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import com.scalemart.devstack.DevStackException;

/**
 * Runs a Spring Boot jar from its extracted form
 * ({@code java -Djarmode=tools -jar app.jar
 * extract}): an application jar with its libraries beside it on the class path. Only then
 * can an AppCDS archive hold the application's classes; from the nested jars of a fat jar
 * it holds the JDK's only. The extraction is redone when the jar changes.
 */
public final class ExtractedJar {

	private static final Duration EXTRACT_TIMEOUT = Duration.ofMinutes(2);

	private ExtractedJar() {
	}

	/**
	 * The jar to run for a service.
	 * @param java the {@code java} executable
	 * @param jar the service's jar as built
	 * @param appsDir where extracted services live
	 * @param name the service name
	 * @param log the service's log, which receives the extraction's output
	 * @return the extracted application jar, or {@code jar} itself if it is no Spring
	 * Boot jar
	 */
	public static Path prepare(Path java, Path jar, Path appsDir, String name, Path log) {
		if (!isSpringBootJar(jar)) {
			return jar;
		}
		Path destination = appsDir.resolve(name);
		Path extracted = destination.resolve(jar.getFileName());
		Path stamp = appsDir.resolve(name + ".source");
		String source = stampOf(jar);
		try {
			if (Files.isRegularFile(extracted) && Files.exists(stamp) && Files.readString(stamp).equals(source)) {
				return extracted;
			}
			deleteRecursively(destination);
			Files.createDirectories(appsDir);
			Process process = new ProcessBuilder(java.toString(), "-Djarmode=tools", "-jar", jar.toString(), "extract",
					"--destination", destination.toString())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
			if (!process.waitFor(EXTRACT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				throw new DevStackException("extracting " + jar + " took longer than " + EXTRACT_TIMEOUT.toSeconds()
						+ " s: see " + log + ", or delete " + destination + " and retry");
			}
			if (process.exitValue() != 0 || !Files.isRegularFile(extracted)) {
				throw new DevStackException("could not extract " + jar + " (exit code " + process.exitValue()
						+ "): see " + log + "; rebuild it with ./mvnw clean install");
			}
			Files.writeString(stamp, source);
			return extracted;
		}
		catch (IOException ex) {
			throw new DevStackException("could not extract " + jar + " into " + destination + " (" + ex.getMessage()
					+ "): make the state dir writable or set SCALEMART_STATE_DIR", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DevStackException("interrupted while extracting " + jar, ex);
		}
	}

	static boolean isSpringBootJar(Path jar) {
		try (JarFile file = new JarFile(jar.toFile())) {
			return file.getManifest() != null
					&& file.getManifest().getMainAttributes().getValue("Spring-Boot-Version") != null;
		}
		catch (IOException ex) {
			// not a readable jar: java -jar will say so in the service's log
			return false;
		}
	}

	private static String stampOf(Path jar) {
		try {
			return jar.toAbsolutePath() + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
		}
		catch (IOException ex) {
			throw new DevStackException("cannot read " + jar + " (" + ex.getMessage() + "): rebuild it", ex);
		}
	}

	private static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
			for (Path path : all) {
				Files.delete(path);
			}
		}
	}

}
