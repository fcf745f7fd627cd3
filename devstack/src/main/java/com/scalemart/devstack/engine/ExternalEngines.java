package com.scalemart.devstack.engine;

import java.time.Duration;

import com.scalemart.platform.engines.KafkaEndpoint;
import com.scalemart.platform.engines.MariaDbEndpoint;
import com.scalemart.platform.engines.RedisEndpoint;

import com.scalemart.devstack.config.Settings;

/**
 * Checks the engines of external mode before any service relies on them, so that an
 * unreachable server is reported by name instead of as a service that never gets ready. A
 * failed check throws the engine library's one-line {@code EngineUnavailableException},
 * with the fix phrased for this launcher.
 */
public final class ExternalEngines {

	private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(5);

	private ExternalEngines() {
	}

	public static MariaDbEndpoint mariaDb(Settings settings) {
		MariaDbEndpoint endpoint = new MariaDbEndpoint(settings.externalMariaDb().host(),
				settings.externalMariaDb().port(), settings.mariaDbUser(), settings.mariaDbPassword());
		endpoint.check(CHECK_TIMEOUT,
				fix("SCALEMART_MARIADB (with SCALEMART_MARIADB_USER and SCALEMART_MARIADB_PASSWORD)"));
		return endpoint;
	}

	public static RedisEndpoint redis(Settings settings) {
		RedisEndpoint endpoint = new RedisEndpoint(settings.externalRedis().host(), settings.externalRedis().port());
		endpoint.check(CHECK_TIMEOUT, fix("SCALEMART_REDIS"));
		return endpoint;
	}

	public static KafkaEndpoint kafka(Settings settings) {
		KafkaEndpoint endpoint = new KafkaEndpoint(settings.externalKafka());
		endpoint.check(CHECK_TIMEOUT, fix("SCALEMART_KAFKA"));
		return endpoint;
	}

	private static String fix(String variable) {
		return "start it, point " + variable
				+ " at a running one, or drop --external (and SCALEMART_MODE) to use embedded engines";
	}

}
