package com.scalemart.devstack.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.scalemart.devstack.DevStackException;

/**
 * Everything a run depends on, read once from the environment so that the rest of the
 * launcher never looks at {@code System.getenv} and tests can pass their own.
 *
 * @param home the repository root: service jars are found relative to it
 * @param stateDir where the state file, logs, engine data and CDS archives go
 * @param mode embedded or external engines
 * @param mariaDbPort port of the embedded MariaDB
 * @param mariaDbReplicaPort port of the embedded MariaDB's read replica
 * @param redisPort port of the embedded Redis
 * @param kafkaPort port of the embedded Kafka broker
 * @param externalMariaDb address of an external MariaDB
 * @param mariaDbUser user for an external MariaDB
 * @param mariaDbPassword password for an external MariaDB
 * @param externalMariaDbReplica address of a read replica of the external MariaDB, or
 * {@code null} for none
 * @param mariaDbReplicaUser user for the external replica
 * @param mariaDbReplicaPassword password for the external replica
 * @param externalRedis address of an external Redis
 * @param externalKafka bootstrap servers of an external Kafka
 * @param readyTimeout how long a service may take to become ready
 * @param java the {@code java} executable that runs the services
 * @param env the environment, for per-service overrides
 */
public record Settings(Path home, Path stateDir, Mode mode, int mariaDbPort, int mariaDbReplicaPort, int redisPort,
		int kafkaPort, HostPort externalMariaDb, String mariaDbUser, String mariaDbPassword,
		@Nullable HostPort externalMariaDbReplica, String mariaDbReplicaUser, String mariaDbReplicaPassword,
		HostPort externalRedis, String externalKafka, Duration readyTimeout, Path java, Map<String, String> env) {

	/** Where the catalog's read replica is in external mode. */
	public static final String MARIADB_REPLICA = "SCALEMART_MARIADB_REPLICA";

	static final String STATE_DIR = "SCALEMART_STATE_DIR";

	static final String MODE = "SCALEMART_MODE";

	static final String READY_TIMEOUT = "SCALEMART_READY_TIMEOUT";

	/**
	 * Reads the settings.
	 * @param env the environment
	 * @param home the repository root
	 * @param cwd the working directory, against which a relative state dir is resolved
	 * @param external whether {@code --external} was given
	 * @return the settings
	 * @throws DevStackException if a variable holds a value that cannot be used
	 */
	public static Settings from(Map<String, String> env, Path home, Path cwd, boolean external) {
		Path root = home.toAbsolutePath().normalize();
		Path stateDir = cwd.resolve(env.getOrDefault(STATE_DIR, root.resolve(".scalemart").toString()))
			.toAbsolutePath()
			.normalize();
		String replica = env.getOrDefault(MARIADB_REPLICA, "").strip();
		return new Settings(root, stateDir, external ? Mode.EXTERNAL : mode(env),
				port(env, "SCALEMART_MARIADB_PORT", 13306), port(env, "SCALEMART_MARIADB_REPLICA_PORT", 13307),
				port(env, "SCALEMART_REDIS_PORT", 16379), port(env, "SCALEMART_KAFKA_PORT", 19092),
				HostPort.parse(env.getOrDefault("SCALEMART_MARIADB", "127.0.0.1:3306"), "SCALEMART_MARIADB"),
				env.getOrDefault("SCALEMART_MARIADB_USER", "root"), env.getOrDefault("SCALEMART_MARIADB_PASSWORD", ""),
				replica.isEmpty() ? null : HostPort.parse(replica, MARIADB_REPLICA),
				env.getOrDefault("SCALEMART_MARIADB_REPLICA_USER", "root"),
				env.getOrDefault("SCALEMART_MARIADB_REPLICA_PASSWORD", ""),
				HostPort.parse(env.getOrDefault("SCALEMART_REDIS", "127.0.0.1:6379"), "SCALEMART_REDIS"),
				env.getOrDefault("SCALEMART_KAFKA", "127.0.0.1:9092"), readyTimeout(env),
				Path.of(System.getProperty("java.home"), "bin", "java"), Map.copyOf(env));
	}

	private static Mode mode(Map<String, String> env) {
		String value = env.getOrDefault(MODE, "embedded").trim().toLowerCase(Locale.ROOT);
		return switch (value) {
			case "embedded", "" -> Mode.EMBEDDED;
			case "external" -> Mode.EXTERNAL;
			default -> throw new DevStackException(MODE + " must be 'embedded' or 'external', got '" + value + "'");
		};
	}

	private static Duration readyTimeout(Map<String, String> env) {
		String value = env.getOrDefault(READY_TIMEOUT, "180");
		try {
			long seconds = Long.parseLong(value.trim());
			if (seconds > 0) {
				return Duration.ofSeconds(seconds);
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new DevStackException(READY_TIMEOUT + " must be a number of seconds greater than 0, got '" + value + "'");
	}

	/**
	 * Reads a port from the environment.
	 * @param env the environment
	 * @param variable the variable to read
	 * @param fallback the port when the variable is not set
	 * @return the port
	 */
	public static int port(Map<String, String> env, String variable, int fallback) {
		String value = env.get(variable);
		return (value != null) ? port(value, variable) : fallback;
	}

	static int port(String value, String variable) {
		try {
			int port = Integer.parseInt(value.trim());
			if (port > 0 && port < 65536) {
				return port;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new DevStackException(variable + " must be a port number between 1 and 65535, got '" + value + "'");
	}

	public Path stateFile() {
		return this.stateDir.resolve("state.json");
	}

	public Path logsDir() {
		return this.stateDir.resolve("logs");
	}

	public Path dataDir() {
		return this.stateDir.resolve("data");
	}

	public Path cdsDir() {
		return this.stateDir.resolve("cds");
	}

	/**
	 * Where service jars are extracted to, so that their AppCDS archives can hold their
	 * classes.
	 * @return the directory
	 */
	public Path appsDir() {
		return this.stateDir.resolve("apps");
	}

	/**
	 * Shows a path the way a user in the repository root would type it.
	 * @param path a path, usually under the state dir
	 * @return the path relative to the repository root if it lies below it, else as is
	 */
	public String display(Path path) {
		Path absolute = path.toAbsolutePath().normalize();
		return absolute.startsWith(this.home) ? this.home.relativize(absolute).toString() : absolute.toString();
	}

}
