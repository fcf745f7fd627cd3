package com.scalemart.platform.testkit;

import java.time.Duration;
import java.util.function.Function;

import com.scalemart.platform.engines.EngineStartException;
import com.scalemart.platform.engines.KafkaEndpoint;
import com.scalemart.platform.engines.MariaDbEndpoint;
import com.scalemart.platform.engines.RedisEndpoint;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses, once and on first use, the server of each engine type: the one named by a
 * {@code SCALEMART_TEST_*} setting, else an embedded one.
 */
final class EngineSelection {

	static final String MARIADB = "SCALEMART_TEST_MARIADB";

	static final String MARIADB_USER = "SCALEMART_TEST_MARIADB_USER";

	static final String MARIADB_PASSWORD = "SCALEMART_TEST_MARIADB_PASSWORD";

	static final String REDIS = "SCALEMART_TEST_REDIS";

	static final String KAFKA = "SCALEMART_TEST_KAFKA";

	private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(10);

	// longer than any test run: a database this old belongs to no running JVM
	private static final Duration ABANDONED_AFTER = Duration.ofHours(6);

	private static final Logger logger = LoggerFactory.getLogger(EngineSelection.class);

	private final Function<String, @Nullable String> settings;

	private final Duration checkTimeout;

	private final EmbeddedEngines embedded;

	private @Nullable MariaDbEndpoint mariaDb;

	private @Nullable RedisEndpoint redis;

	private @Nullable KafkaEndpoint kafka;

	EngineSelection(Function<String, @Nullable String> settings, EmbeddedEngines embedded) {
		this(settings, embedded, CHECK_TIMEOUT);
	}

	/**
	 * @param checkTimeout how long a named server has to answer its first check
	 */
	EngineSelection(Function<String, @Nullable String> settings, EmbeddedEngines embedded, Duration checkTimeout) {
		this.settings = settings;
		this.embedded = embedded;
		this.checkTimeout = checkTimeout;
	}

	static EngineSelection shared() {
		return Shared.INSTANCE;
	}

	/**
	 * A system property wins over the environment variable of the same name, so that a
	 * build can override what the shell exports.
	 */
	static @Nullable String systemSetting(String name) {
		String property = System.getProperty(name);
		return (property != null) ? property : System.getenv(name);
	}

	synchronized MariaDbEndpoint mariaDb() {
		if (this.mariaDb == null) {
			String named = setting(MARIADB);
			if (named == null) {
				this.mariaDb = this.embedded.mariaDb();
			}
			else {
				HostAndPort server = HostAndPort.parse(MARIADB, named);
				String user = setting(MARIADB_USER);
				String password = this.settings.apply(MARIADB_PASSWORD);
				MariaDbEndpoint endpoint = new MariaDbEndpoint(server.host(), server.port(),
						(user != null) ? user : "root", (password != null) ? password : "");
				endpoint.check(this.checkTimeout, unsetHint(MARIADB, "MariaDB"));
				dropAbandoned(endpoint);
				this.mariaDb = endpoint;
			}
		}
		return this.mariaDb;
	}

	/**
	 * Drops test databases a test JVM could not drop, on a server tests share: those
	 * whose newest table is older than any test run (a JVM killed, or one that ran out of
	 * time at exit while its contexts closed).
	 */
	private static void dropAbandoned(MariaDbEndpoint endpoint) {
		for (String abandoned : endpoint.databasesOlderThan(TestResourceName.PREFIX, ABANDONED_AFTER)) {
			logger.info("dropping test database {}, abandoned by an earlier run", abandoned);
			endpoint.dropDatabase(abandoned);
		}
	}

	synchronized RedisEndpoint redis() {
		if (this.redis == null) {
			String named = setting(REDIS);
			if (named == null) {
				this.redis = this.embedded.redis();
			}
			else {
				HostAndPort server = HostAndPort.parse(REDIS, named);
				RedisEndpoint endpoint = new RedisEndpoint(server.host(), server.port());
				endpoint.check(this.checkTimeout, unsetHint(REDIS, "Redis"));
				this.redis = endpoint;
			}
		}
		return this.redis;
	}

	synchronized KafkaEndpoint kafka() {
		if (this.kafka == null) {
			String named = setting(KAFKA);
			if (named == null) {
				this.kafka = this.embedded.kafka();
			}
			else {
				for (String server : named.split(",")) {
					HostAndPort.parse(KAFKA, server.strip());
				}
				KafkaEndpoint endpoint = new KafkaEndpoint(named.strip());
				endpoint.check(this.checkTimeout, unsetHint(KAFKA, "Kafka"));
				this.kafka = endpoint;
			}
		}
		return this.kafka;
	}

	private @Nullable String setting(String name) {
		String value = this.settings.apply(name);
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static String unsetHint(String variable, String engine) {
		return "start it, or unset %s to use an embedded %s".formatted(variable, engine);
	}

	/**
	 * A server named as {@code host:port}.
	 */
	record HostAndPort(String host, int port) {

		static HostAndPort parse(String variable, String value) {
			int colon = value.lastIndexOf(':');
			if (colon > 0 && colon < value.length() - 1) {
				try {
					int port = Integer.parseInt(value.substring(colon + 1));
					if (port > 0 && port < 65536) {
						return new HostAndPort(value.substring(0, colon), port);
					}
				}
				catch (NumberFormatException ex) {
					// reported below
				}
			}
			throw new EngineStartException(
					"%s='%s' is not host:port: set it like 127.0.0.1:3306, or unset it to use an embedded engine"
						.formatted(variable, value));
		}

	}

	private static final class Shared {

		static final EngineSelection INSTANCE = new EngineSelection(EngineSelection::systemSetting,
				EmbeddedEngines.forThisJvm());

	}

}
