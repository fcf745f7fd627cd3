package com.scalemart.e2e;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One {@code ./scalemart} stack of the suite: its own state dir under {@code e2e/target}
 * and its own free ports, so that it never meets a developer's own {@code up}.
 */
final class ScaleMartRun {

	private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(2);

	private final Path root;

	private final Path stateDir;

	private final Map<String, String> env = new LinkedHashMap<>();

	private final int userServicePort;

	private final int gatewayPort;

	private final int catalogPort;

	private final Set<Long> seenPids = new TreeSet<>();

	private @Nullable Process up;

	ScaleMartRun(Path root, Path stateDir) {
		this.root = root;
		this.stateDir = stateDir;
		this.userServicePort = freePort();
		this.env.put("SCALEMART_STATE_DIR", stateDir.toString());
		this.env.put("SCALEMART_MARIADB_PORT", Integer.toString(freePort()));
		this.env.put("SCALEMART_MARIADB_REPLICA_PORT", Integer.toString(freePort()));
		this.env.put("SCALEMART_REDIS_PORT", Integer.toString(freePort()));
		this.env.put("SCALEMART_KAFKA_PORT", Integer.toString(freePort()));
		this.env.put("SCALEMART_USER_SERVICE_PORT", Integer.toString(this.userServicePort));
		this.gatewayPort = freePort();
		this.env.put("SCALEMART_GATEWAY_PORT", Integer.toString(this.gatewayPort));
		this.env.put("SCALEMART_DISCOVERY_PORT", Integer.toString(freePort()));
		this.catalogPort = freePort();
		this.env.put("SCALEMART_CATALOG_SERVICE_PORT", Integer.toString(this.catalogPort));
		// the reactor has just built the jars; a build from inside the build would race
		// it
		this.env.put("SCALEMART_NO_BUILD", "1");
	}

	String userServiceUrl() {
		return "http://127.0.0.1:" + this.userServicePort;
	}

	String catalogUrl() {
		return "http://127.0.0.1:" + this.catalogPort;
	}

	String gatewayUrl() {
		return "http://127.0.0.1:" + this.gatewayPort;
	}

	Path stateDir() {
		return this.stateDir;
	}

	Path upOutput() {
		return this.stateDir.getParent().resolve(this.stateDir.getFileName() + "-up.out");
	}

	void startUp() throws IOException {
		ProcessBuilder builder = new ProcessBuilder(this.root.resolve("scalemart").toString(), "up")
			.directory(this.root.toFile())
			.redirectErrorStream(true)
			.redirectOutput(upOutput().toFile());
		builder.environment().putAll(this.env);
		this.up = builder.start();
		this.seenPids.add(this.up.pid());
	}

	boolean upIsAlive() {
		return this.up != null && this.up.isAlive();
	}

	String upText() throws IOException {
		return Files.exists(upOutput()) ? Files.readString(upOutput(), StandardCharsets.UTF_8) : "";
	}

	boolean awaitUpExit(Duration timeout) throws InterruptedException {
		return this.up == null || this.up.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * Runs {@code ./scalemart <command>} to completion.
	 * @param command e.g. {@code status}, or {@code seed --products 50}
	 * @return its exit code and output
	 */
	Result run(String... command) throws IOException, InterruptedException {
		List<String> line = new ArrayList<>();
		line.add(this.root.resolve("scalemart").toString());
		line.addAll(List.of(command));
		ProcessBuilder builder = new ProcessBuilder(line).directory(this.root.toFile()).redirectErrorStream(true);
		builder.environment().putAll(this.env);
		Process process = builder.start();
		byte[] output = process.getInputStream().readAllBytes();
		if (!process.waitFor(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException(
					"./scalemart " + String.join(" ", command) + " did not finish within " + COMMAND_TIMEOUT);
		}
		return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
	}

	/**
	 * Reads the PIDs the launcher recorded and remembers them, so that they can be
	 * checked (and killed) after the state file is gone.
	 * @return the launcher's PID and those of its services and engines
	 */
	Set<Long> recordPids() throws IOException {
		Path file = this.stateDir.resolve("state.json");
		if (Files.exists(file)) {
			JsonNode state = JsonMapper.builder().build().readTree(Files.readString(file));
			this.seenPids.add(state.get("launcherPid").asLong());
			for (JsonNode entry : state.get("entries")) {
				long pid = entry.get("pid").asLong();
				if (pid > 0) {
					this.seenPids.add(pid);
				}
			}
		}
		return Set.copyOf(this.seenPids);
	}

	List<Long> livePids() {
		return this.seenPids.stream()
			.filter((pid) -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
			.toList();
	}

	/** Processes whose command line names the state dir: service JVMs and MariaDB do. */
	List<String> processesMentioningStateDir() {
		List<String> found = new ArrayList<>();
		ProcessHandle.allProcesses()
			.filter((process) -> process.pid() != ProcessHandle.current().pid())
			.forEach((process) -> process.info()
				.commandLine()
				.filter((line) -> line.contains(this.stateDir.toString()))
				.ifPresent((line) -> found.add(process.pid() + " " + line)));
		return found;
	}

	/**
	 * Whatever happened, leaves nothing running: {@code down}, then SIGKILL for anything
	 * recorded or naming the state dir that is still alive.
	 */
	void tearDown() throws IOException, InterruptedException {
		recordPids();
		run("down");
		if (this.up != null) {
			this.up.destroyForcibly();
		}
		for (long pid : livePids()) {
			ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
		}
		ProcessHandle.allProcesses()
			.filter((process) -> process.info().commandLine().orElse("").contains(this.stateDir.toString()))
			.filter((process) -> process.pid() != ProcessHandle.current().pid())
			.forEach(ProcessHandle::destroyForcibly);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException("no free port on 127.0.0.1", ex);
		}
	}

	record Result(int exitCode, String output) {
	}

}
