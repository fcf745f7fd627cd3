package com.scalemart.devstack.service;

import java.util.LinkedHashMap;
import java.util.Map;

import com.scalemart.platform.engines.MariaDbEndpoint;
import com.scalemart.platform.engines.RedisEndpoint;

import com.scalemart.devstack.config.Settings;
import com.scalemart.devstack.engine.EngineKind;
import com.scalemart.devstack.engine.Endpoints;

/**
 * The environment variables a service is configured by: services read nothing else, so
 * the same jar runs here, in external mode and on Kubernetes.
 */
public final class ServiceEnvironment {

	private ServiceEnvironment() {
	}

	/**
	 * Builds the variables a service gets on top of the launcher's own environment.
	 * @param service the service
	 * @param settings the run's settings
	 * @param endpoints the engines of the run
	 * @return the variables, in a stable order
	 */
	public static Map<String, String> of(ServiceDefinition service, Settings settings, Endpoints endpoints) {
		Map<String, String> env = new LinkedHashMap<>();
		env.put("SERVER_PORT", Integer.toString(service.port(settings)));
		env.put("SCALEMART_INSTANCE_ID", service.name() + "-1");
		// a log file is no terminal
		env.put("SPRING_OUTPUT_ANSI_ENABLED", "never");
		if (service.needs(EngineKind.MARIADB)) {
			MariaDbEndpoint mariaDb = endpoints.requireMariaDb();
			if (!service.databases().isEmpty()) {
				env.put("SPRING_DATASOURCE_URL", mariaDb.jdbcUrl(service.databases().get(0)));
			}
			env.put("SPRING_DATASOURCE_USERNAME", mariaDb.user());
			env.put("SPRING_DATASOURCE_PASSWORD", mariaDb.password());
		}
		MariaDbEndpoint replica = endpoints.mariaDbReplica();
		if (service.needs(EngineKind.MARIADB_REPLICA) && replica != null && !service.databases().isEmpty()) {
			// platform-data routes read-only transactions there (same database name)
			env.put("SCALEMART_DATA_REPLICA_URL", replica.jdbcUrl(service.databases().get(0)));
			env.put("SCALEMART_DATA_REPLICA_USERNAME", replica.user());
			env.put("SCALEMART_DATA_REPLICA_PASSWORD", replica.password());
		}
		if (service.needs(EngineKind.REDIS)) {
			RedisEndpoint redis = endpoints.requireRedis();
			env.put("SPRING_DATA_REDIS_HOST", redis.host());
			env.put("SPRING_DATA_REDIS_PORT", Integer.toString(redis.port()));
		}
		if (service.needs(EngineKind.KAFKA)) {
			env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", endpoints.requireKafka().bootstrapServers());
		}
		if (service.uses(Link.DISCOVERY)) {
			String eureka = ServiceRegistry.require(ServiceRegistry.DISCOVERY).url(settings) + "/eureka/";
			env.put("SCALEMART_DISCOVERY_ENABLED", "true");
			env.put("SCALEMART_DISCOVERY_URL", eureka);
			// the gateway reads Eureka's own property
			env.put("EUREKA_CLIENT_SERVICE_URL_DEFAULTZONE", eureka);
		}
		if (service.uses(Link.TOKENS)) {
			env.put("SCALEMART_SECURITY_JWKS_URI",
					ServiceRegistry.require(ServiceRegistry.USER_SERVICE).url(settings) + "/.well-known/jwks.json");
		}
		if (service.name().equals(ServiceRegistry.USER_SERVICE)) {
			// the first administrator, for ./scalemart shards
			AdminAccount admin = AdminAccount.of(settings);
			env.put("SCALEMART_USER_BOOTSTRAP_ADMIN_EMAIL", admin.email());
			env.put("SCALEMART_USER_BOOTSTRAP_ADMIN_PASSWORD", admin.password());
		}
		env.putAll(service.extraEnv());
		return env;
	}

	/**
	 * Builds the variables of one instance: its own port and id, and its faults.
	 * @param instance the instance
	 * @param settings the run's settings
	 * @param endpoints the engines of the run
	 * @param faults the faults injected into instances
	 * @return the variables, in a stable order
	 */
	public static Map<String, String> of(ServiceInstance instance, Settings settings, Endpoints endpoints,
			Faults faults) {
		Map<String, String> env = of(instance.service(), settings, endpoints);
		env.put("SERVER_PORT", Integer.toString(instance.port(settings)));
		env.put("SCALEMART_INSTANCE_ID", instance.id());
		env.putAll(faults.of(instance));
		return env;
	}

}
