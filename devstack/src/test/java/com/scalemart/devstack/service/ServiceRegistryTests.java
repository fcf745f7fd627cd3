package com.scalemart.devstack.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.scalemart.platform.engines.KafkaEndpoint;
import com.scalemart.platform.engines.MariaDbEndpoint;
import com.scalemart.platform.engines.RedisEndpoint;
import org.junit.jupiter.api.Test;

import com.scalemart.devstack.DevStackException;
import com.scalemart.devstack.config.Settings;
import com.scalemart.devstack.engine.EngineKind;
import com.scalemart.devstack.engine.Endpoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ServiceRegistryTests {

	private static final Path HOME = Path.of("/repo");

	private static final Endpoints ENGINES = Endpoints.none()
		.with(new MariaDbEndpoint("127.0.0.1", 13306, "root", ""))
		.with(new RedisEndpoint("127.0.0.1", 16379))
		.with(new KafkaEndpoint("127.0.0.1:19092"));

	@Test
	void startsDiscoveryFirstAndTheGatewayLast() {
		assertThat(ServiceRegistry.services()).extracting(ServiceDefinition::name)
			.containsExactly("discovery", "user-service", "catalog-service", "gateway");
		assertThat(ServiceRegistry.services()).extracting((service) -> service.port(settings(Map.of())))
			.containsExactly(8761, 8081, 8082, 8080);
	}

	@Test
	void holdsTheUserServiceOnPort8081WithItsDatabase() {
		ServiceDefinition service = ServiceRegistry.require("user-service");
		assertThat(service.port(settings(Map.of()))).isEqualTo(8081);
		assertThat(service.jarPath(settings(Map.of())))
			.isEqualTo(Path.of("/repo/services/user-service/target/user-service.jar"));
		assertThat(service.databases()).containsExactly("scalemart_users");
		assertThat(service.engines()).containsExactlyInAnyOrder(EngineKind.MARIADB, EngineKind.REDIS);
	}

	@Test
	void theCatalogHasItsDatabaseAndRedisAndTrustsTheUserServicesKeys() {
		ServiceDefinition service = ServiceRegistry.require("catalog-service");
		Map<String, String> env = ServiceEnvironment.of(service,
				settings(Map.of("SCALEMART_USER_SERVICE_PORT", "18081", "SCALEMART_DISCOVERY_PORT", "18761")), ENGINES);
		assertThat(env).containsEntry("SERVER_PORT", "8082")
			.containsEntry("SPRING_DATASOURCE_URL", "jdbc:mariadb://127.0.0.1:13306/scalemart_catalog")
			.containsEntry("SPRING_DATA_REDIS_PORT", "16379")
			.containsEntry("SCALEMART_DISCOVERY_ENABLED", "true")
			.containsEntry("SCALEMART_DISCOVERY_URL", "http://127.0.0.1:18761/eureka/")
			.containsEntry("SCALEMART_SECURITY_JWKS_URI", "http://127.0.0.1:18081/.well-known/jwks.json");
	}

	@Test
	void theCatalogReadsFromTheReplicaWhenTheRunHasOneAndTheOthersNever() {
		Endpoints replicated = ENGINES.withReplica(new MariaDbEndpoint("127.0.0.1", 13307, "root", ""));
		ServiceDefinition catalog = ServiceRegistry.require("catalog-service");
		assertThat(catalog.needs(EngineKind.MARIADB_REPLICA)).isTrue();
		assertThat(ServiceEnvironment.of(catalog, settings(Map.of()), replicated))
			.containsEntry("SCALEMART_DATA_REPLICA_URL", "jdbc:mariadb://127.0.0.1:13307/scalemart_catalog")
			.containsEntry("SCALEMART_DATA_REPLICA_USERNAME", "root")
			.containsEntry("SCALEMART_DATA_REPLICA_PASSWORD", "")
			.containsEntry("SPRING_DATASOURCE_URL", "jdbc:mariadb://127.0.0.1:13306/scalemart_catalog");
		assertThat(ServiceEnvironment.of(catalog, settings(Map.of()), ENGINES))
			.doesNotContainKey("SCALEMART_DATA_REPLICA_URL");
		for (String other : List.of("user-service", "gateway", "discovery")) {
			assertThat(ServiceEnvironment.of(ServiceRegistry.require(other), settings(Map.of()), replicated)).as(other)
				.doesNotContainKey("SCALEMART_DATA_REPLICA_URL");
		}
	}

	@Test
	void theGatewayFindsServicesThroughEurekaAndIsReadyOnlyWhenItRoutes() {
		ServiceDefinition service = ServiceRegistry.require("gateway");
		assertThat(ServiceEnvironment.of(service, settings(Map.of()), ENGINES)).containsEntry("SERVER_PORT", "8080")
			.containsEntry("EUREKA_CLIENT_SERVICE_URL_DEFAULTZONE", "http://127.0.0.1:8761/eureka/")
			.containsEntry("SCALEMART_SECURITY_JWKS_URI", "http://127.0.0.1:8081/.well-known/jwks.json")
			.doesNotContainKey("SPRING_DATASOURCE_URL");
		assertThat(service.readyPaths()).containsExactly("/.well-known/jwks.json", "/api/catalog-ping");
	}

	@Test
	void discoveryNeedsNoEngineAndRegistersWithNothing() {
		ServiceDefinition service = ServiceRegistry.require("discovery");
		assertThat(service.engines()).isEmpty();
		assertThat(ServiceEnvironment.of(service, settings(Map.of()), Endpoints.none()))
			.containsEntry("SERVER_PORT", "8761")
			.doesNotContainKeys("SCALEMART_DISCOVERY_URL", "SPRING_DATA_REDIS_HOST");
	}

	@Test
	void anUnknownServiceIsNamedWithTheKnownOnes() {
		assertThatExceptionOfType(DevStackException.class).isThrownBy(() -> ServiceRegistry.require("orders"))
			.withMessage("there is no service 'orders': use one of discovery, user-service, catalog-service, gateway");
	}

	@Test
	void aServiceMovesToThePortOfItsOwnVariable() {
		ServiceDefinition service = ServiceRegistry.require("user-service");
		assertThat(service.portVariable()).isEqualTo("SCALEMART_USER_SERVICE_PORT");
		assertThat(service.port(settings(Map.of("SCALEMART_USER_SERVICE_PORT", "18081")))).isEqualTo(18081);
	}

	@Test
	void theEnvironmentConfiguresPortDatabaseAndRedis() {
		ServiceDefinition service = ServiceRegistry.require("user-service");
		Map<String, String> env = ServiceEnvironment.of(service, settings(Map.of()), ENGINES);
		assertThat(env).containsEntry("SERVER_PORT", "8081")
			.containsEntry("SPRING_DATASOURCE_URL", "jdbc:mariadb://127.0.0.1:13306/scalemart_users")
			.containsEntry("SPRING_DATASOURCE_USERNAME", "root")
			.containsEntry("SPRING_DATASOURCE_PASSWORD", "")
			.containsEntry("SPRING_DATA_REDIS_HOST", "127.0.0.1")
			.containsEntry("SPRING_DATA_REDIS_PORT", "16379")
			.containsEntry("SCALEMART_INSTANCE_ID", "user-service-1")
			.doesNotContainKey("SPRING_KAFKA_BOOTSTRAP_SERVERS");
	}

	@Test
	void aServiceThatNeedsKafkaGetsItsBootstrapServersAndItsExtraEnvironment() {
		ServiceDefinition service = new ServiceDefinition("order-service", Path.of("order.jar"), 8083, List.of(),
				Set.of(EngineKind.KAFKA), Map.of("SCALEMART_CHANNEL", "kafka"));
		assertThat(ServiceEnvironment.of(service, settings(Map.of()), ENGINES))
			.containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092")
			.containsEntry("SCALEMART_CHANNEL", "kafka")
			.doesNotContainKey("SPRING_DATASOURCE_URL");
	}

	@Test
	void anEngineThatWasNotStartedIsNamedWithTheFix() {
		ServiceDefinition service = ServiceRegistry.require("user-service");
		assertThatExceptionOfType(DevStackException.class)
			.isThrownBy(() -> ServiceEnvironment.of(service, settings(Map.of()), Endpoints.none()))
			.withMessage("MariaDB was not started for this run: add it to the service's engines in ServiceRegistry");
	}

	@Test
	void databasesWithoutMariaDbAreRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ServiceDefinition("x", Path.of("x.jar"), 1, List.of("db"), Set.of(), Map.of()))
			.withMessage("x declares databases but not the MariaDB engine");
	}

	private static Settings settings(Map<String, String> env) {
		return Settings.from(env, HOME, HOME, false);
	}

}
