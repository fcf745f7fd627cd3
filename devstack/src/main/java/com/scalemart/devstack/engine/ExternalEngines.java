package com.scalemart.devstack.engine;

import java.time.Duration;

import com.scalemart.platform.engines.KafkaEndpoint;
import com.scalemart.platform.engines.MariaDbEndpoint;
import com.scalemart.platform.engines.MariaDbReplication;
import com.scalemart.platform.engines.RedisEndpoint;
import com.scalemart.platform.engines.ReplicaStatus;

import com.scalemart.devstack.DevStackException;
import com.scalemart.devstack.config.HostPort;
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

	/**
	 * Checks the replica named by {@code SCALEMART_MARIADB_REPLICA}: it must answer and
	 * be set up to replicate, so that the primary itself is not taken for its replica.
	 * @param settings the settings, with a replica
	 * @return the replica and what it says about its replication
	 * @throws DevStackException if no replica is configured or it replicates from nothing
	 */
	public static CheckedReplica mariaDbReplica(Settings settings) {
		HostPort address = settings.externalMariaDbReplica();
		if (address == null) {
			throw new DevStackException(Settings.MARIADB_REPLICA + " is not set: there is no replica to check");
		}
		MariaDbEndpoint endpoint = new MariaDbEndpoint(address.host(), address.port(), settings.mariaDbReplicaUser(),
				settings.mariaDbReplicaPassword());
		endpoint.check(CHECK_TIMEOUT, "start it (deploy/mariadb/replica.sh start), or point " + Settings.MARIADB_REPLICA
				+ " (with SCALEMART_MARIADB_REPLICA_USER and SCALEMART_MARIADB_REPLICA_PASSWORD) at a running replica, or unset it");
		ReplicaStatus status = MariaDbReplication.statusOf(endpoint);
		if (!status.configured()) {
			throw new DevStackException("MariaDB at " + address + " (" + Settings.MARIADB_REPLICA
					+ ") replicates from nothing (SHOW SLAVE STATUS is empty): point it at a replica, which deploy/mariadb/replica.sh start makes, or unset it");
		}
		return new CheckedReplica(endpoint, status);
	}

	/**
	 * An external replica that answered.
	 *
	 * @param endpoint where it is
	 * @param status its replication when checked
	 */
	public record CheckedReplica(MariaDbEndpoint endpoint, ReplicaStatus status) {

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
