package com.scalemart.devstack.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.scalemart.devstack.engine.EngineKind;

/**
 * The services {@code ./scalemart up} starts, in start order. Adding a service is one
 * entry here (and its module in the {@code scalemart} script's build list).
 */
public final class ServiceRegistry {

	private static final List<ServiceDefinition> SERVICES = List
		.of(new ServiceDefinition("user-service", Path.of("services/user-service/target/user-service.jar"), 8081,
				List.of("scalemart_users"), Set.of(EngineKind.MARIADB, EngineKind.REDIS), Map.of()));

	private ServiceRegistry() {
	}

	public static List<ServiceDefinition> services() {
		return SERVICES;
	}

}
