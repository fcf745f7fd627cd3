package com.scalemart.devstack.engine;

import com.scalemart.platform.engines.KafkaEndpoint;
import com.scalemart.platform.engines.MariaDbEndpoint;
import com.scalemart.platform.engines.RedisEndpoint;
import org.jspecify.annotations.Nullable;

import com.scalemart.devstack.DevStackException;

/**
 * The engines of a run, filled in as they come up; a service asks only for those it
 * declared.
 *
 * @param mariaDb MariaDB, if started or checked
 * @param mariaDbReplica MariaDB's read replica, if the run has one
 * @param redis Redis, if started or checked
 * @param kafka Kafka, if started or checked
 */
public record Endpoints(@Nullable MariaDbEndpoint mariaDb, @Nullable MariaDbEndpoint mariaDbReplica,
		@Nullable RedisEndpoint redis, @Nullable KafkaEndpoint kafka) {

	public static Endpoints none() {
		return new Endpoints(null, null, null, null);
	}

	public Endpoints with(MariaDbEndpoint endpoint) {
		return new Endpoints(endpoint, this.mariaDbReplica, this.redis, this.kafka);
	}

	public Endpoints withReplica(MariaDbEndpoint endpoint) {
		return new Endpoints(this.mariaDb, endpoint, this.redis, this.kafka);
	}

	public Endpoints with(RedisEndpoint endpoint) {
		return new Endpoints(this.mariaDb, this.mariaDbReplica, endpoint, this.kafka);
	}

	public Endpoints with(KafkaEndpoint endpoint) {
		return new Endpoints(this.mariaDb, this.mariaDbReplica, this.redis, endpoint);
	}

	public MariaDbEndpoint requireMariaDb() {
		return require(this.mariaDb, EngineKind.MARIADB);
	}

	public RedisEndpoint requireRedis() {
		return require(this.redis, EngineKind.REDIS);
	}

	public KafkaEndpoint requireKafka() {
		return require(this.kafka, EngineKind.KAFKA);
	}

	private static <T> T require(@Nullable T endpoint, EngineKind kind) {
		if (endpoint == null) {
			// the launcher starts every engine a registered service declares, so this is
			// a
			// registry entry that forgot one
			throw new DevStackException(kind.displayName()
					+ " was not started for this run: add it to the service's engines in ServiceRegistry");
		}
		return endpoint;
	}

}
