package com.scalemart.devstack.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.scalemart.devstack.DevStackException;
import com.scalemart.devstack.engine.EngineKind;

/**
 * The services {@code ./scalemart up} starts, in start order: discovery first, as the
 * others register with it; the user service before those that check its tokens; the
 * gateway last, once there is something to route to. The catalog reads from MariaDB's
 * read replica when the run has one; the others use the primary only. Adding a service is
 * one entry here (and its module in the {@code scalemart} script's build list).
 */
public final class ServiceRegistry {

	public static final String DISCOVERY = "discovery";

	public static final String USER_SERVICE = "user-service";

	public static final String CATALOG_SERVICE = "catalog-service";

	public static final String GATEWAY = "gateway";

	private static final List<ServiceDefinition> SERVICES = List.of(
			new ServiceDefinition(DISCOVERY, Path.of("services/discovery/target/discovery.jar"), 8761, List.of(),
					Set.of(), Map.of(), Set.of(), List.of()),
			new ServiceDefinition(USER_SERVICE, Path.of("services/user-service/target/user-service.jar"), 8081,
					List.of("scalemart_users"), Set.of(EngineKind.MARIADB, EngineKind.REDIS), Map.of(),
					Set.of(Link.DISCOVERY), List.of()),
			new ServiceDefinition(CATALOG_SERVICE, Path.of("services/catalog-service/target/catalog-service.jar"), 8082,
					List.of("scalemart_catalog"),
					Set.of(EngineKind.MARIADB, EngineKind.MARIADB_REPLICA, EngineKind.REDIS), Map.of(),
					Set.of(Link.DISCOVERY, Link.TOKENS), List.of()),
			new ServiceDefinition(GATEWAY, Path.of("services/gateway/target/gateway.jar"), 8080, List.of(),
					Set.of(EngineKind.REDIS), Map.of(), Set.of(Link.DISCOVERY, Link.TOKENS),
					// it has found both services in discovery: a route to each answers
					List.of("/.well-known/jwks.json", "/api/catalog-ping")));

	private ServiceRegistry() {
	}

	public static List<ServiceDefinition> services() {
		return SERVICES;
	}

	public static Optional<ServiceDefinition> find(String name) {
		return SERVICES.stream().filter((service) -> service.name().equals(name)).findFirst();
	}

	/**
	 * Looks a service up by name.
	 * @param name e.g. {@code catalog-service}
	 * @return its definition
	 * @throws DevStackException naming the services there are
	 */
	public static ServiceDefinition require(String name) {
		return find(name).orElseThrow(() -> new DevStackException("there is no service '" + name + "': use one of "
				+ String.join(", ", SERVICES.stream().map(ServiceDefinition::name).toList())));
	}

}
