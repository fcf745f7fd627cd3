package com.scalemart.devstack.engine;

import com.scalemart.platform.engines.KafkaEndpoint;
import com.scalemart.platform.engines.MariaDbEndpoint;
import com.scalemart.platform.engines.RedisEndpoint;

import com.scalemart.devstack.config.Settings;
import com.scalemart.devstack.state.StackState;
import com.scalemart.devstack.state.StateEntry;

/**
 * The engines of a running {@code up}, as its state file records them: commands that run
 * next to it ({@code seed}, {@code env}) connect a process to the same servers the
 * services use. Embedded engines listen on 127.0.0.1 with the embedded credentials;
 * external ones are where the settings say.
 */
public final class RecordedEndpoints {

	private RecordedEndpoints() {
	}

	/**
	 * Reads the engines of a run.
	 * @param state the run's state
	 * @param settings the settings (external addresses and credentials)
	 * @return what the state records; engines it does not record stay absent
	 */
	public static Endpoints of(StackState state, Settings settings) {
		Endpoints endpoints = Endpoints.none();
		for (StateEntry entry : state.entries()) {
			boolean external = StateEntry.EXTERNAL.equals(entry.kind());
			if (entry.isService()) {
				continue;
			}
			if (entry.name().equals(EngineKind.MARIADB.displayName())) {
				endpoints = endpoints.with(external
						? new MariaDbEndpoint(settings.externalMariaDb().host(), settings.externalMariaDb().port(),
								settings.mariaDbUser(), settings.mariaDbPassword())
						: new MariaDbEndpoint("127.0.0.1", entry.port(), "root", ""));
			}
			else if (entry.name().equals(EngineKind.MARIADB_REPLICA.displayName())) {
				endpoints = endpoints.withReplica(external
						? new MariaDbEndpoint(recordedHost(entry), entry.port(), settings.mariaDbReplicaUser(),
								settings.mariaDbReplicaPassword())
						: new MariaDbEndpoint("127.0.0.1", entry.port(), "root", ""));
			}
			else if (entry.name().equals(EngineKind.REDIS.displayName())) {
				endpoints = endpoints
					.with(external ? new RedisEndpoint(settings.externalRedis().host(), settings.externalRedis().port())
							: new RedisEndpoint("127.0.0.1", entry.port()));
			}
			else if (entry.name().equals(EngineKind.KAFKA.displayName())) {
				endpoints = endpoints
					.with(new KafkaEndpoint(external ? settings.externalKafka() : "127.0.0.1:" + entry.port()));
			}
		}
		return endpoints;
	}

	/**
	 * The host of a recorded {@code jdbc:mariadb://host:port} URL: the replica is found
	 * where the run found it, also by a command that runs without
	 * {@code SCALEMART_MARIADB_REPLICA}.
	 */
	private static String recordedHost(StateEntry entry) {
		String address = entry.url().substring(entry.url().indexOf("://") + 3);
		int colon = address.lastIndexOf(':');
		return (colon > 0) ? address.substring(0, colon) : address;
	}

}
