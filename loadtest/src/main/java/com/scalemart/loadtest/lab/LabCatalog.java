package com.scalemart.loadtest.lab;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.scalemart.loadtest.bench.Platform;

/**
 * A catalog instance of the lab's own: the platform's jar, database and Redis, but its
 * own port, its own Redis key prefix (so flushing its keys leaves the platform's cache
 * alone), no registration with discovery (so the gateway never routes to it), and the
 * cache configuration under test. It runs with the launcher's JVM flags, minus the CDS
 * archive.
 */
final class LabCatalog implements AutoCloseable {

	static final String KEY_PREFIX = "scalemart-lab:";

	private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

	private final Process process;

	private final String url;

	private LabCatalog(Process process, String url) {
		this.process = process;
		this.url = url;
	}

	static LabCatalog start(Path home, Map<String, String> platformEnv, LabRun.Config config, Path log) {
		int port = freePort();
		Map<String, String> env = new java.util.LinkedHashMap<>(platformEnv);
		env.putAll(environment(config, port));
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:+UseSerialGC",
						"-Xss512k", "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError", "-jar",
						home.resolve("services/catalog-service/target/catalog-service.jar").toString()));
		ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
		builder.environment().putAll(env);
		try {
			return new LabCatalog(builder.start(), "http://127.0.0.1:" + port);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not start the lab's catalog", ex);
		}
	}

	static Map<String, String> environment(LabRun.Config config, int port) {
		return Map.of("SERVER_PORT", Integer.toString(port), "SCALEMART_DISCOVERY_ENABLED", "false",
				"SCALEMART_INSTANCE_ID", "catalog-lab", "SCALEMART_REDIS_KEY_PREFIX", KEY_PREFIX,
				"SCALEMART_CATALOG_CACHE_LEVELS", config.levels(), "SCALEMART_CATALOG_CACHE_L1_MAXIMUM_SIZE",
				Integer.toString(config.l1Size()));
	}

	String url() {
		return this.url;
	}

	/**
	 * Waits for the readiness probe.
	 * @param platform for its HTTP client
	 * @param log named in the failure
	 */
	void awaitReady(Platform platform, Path log) throws InterruptedException {
		long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(
						"the lab's catalog exited with code " + this.process.exitValue() + ": see " + log);
			}
			try {
				platform.requireReadyAt(this.url);
				return;
			}
			catch (IllegalStateException notYet) {
				TimeUnit.MILLISECONDS.sleep(250);
			}
		}
		throw new IllegalStateException(
				"the lab's catalog was not ready within " + READY_TIMEOUT.toSeconds() + " s: see " + log);
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(15, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
			this.process.waitFor(5, TimeUnit.SECONDS);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("no free port on 127.0.0.1", ex);
		}
	}

}
