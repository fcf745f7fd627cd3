package com.scalemart.devstack.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.scalemart.devstack.DevStackException;

/**
 * How many instances of each service {@code up --instances} starts, e.g.
 * {@code gateway=2,catalog=3}. A service not named runs once.
 *
 * @param counts instances per service name, for the services named
 */
public record Scale(Map<String, Integer> counts) {

	/** The most instances of one service: each is a JVM on a machine shared with all. */
	public static final int MAX = 9;

	public Scale {
		counts = Map.copyOf(counts);
	}

	public static Scale single() {
		return new Scale(Map.of());
	}

	/**
	 * Parses the value of {@code --instances}; a service may be named without its
	 * {@code -service} suffix.
	 * @param text e.g. {@code gateway=2,catalog=3}
	 * @return the scale
	 * @throws DevStackException naming the services there are, or the bad count
	 */
	public static Scale parse(String text) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String part : text.split(",")) {
			String[] pair = part.split("=", -1);
			if (pair.length != 2) {
				throw new DevStackException(
						"--instances takes service=count pairs, e.g. gateway=2,catalog=3, got '" + text + "'");
			}
			ServiceDefinition service = lookUp(pair[0].trim());
			int count = count(pair[1].trim(), service.name());
			if (ServiceRegistry.DISCOVERY.equals(service.name()) && count != 1) {
				throw new DevStackException("discovery runs once (a single Eureka server): scale the other services");
			}
			counts.put(service.name(), count);
		}
		return new Scale(counts);
	}

	/**
	 * Finds a service by its name or its name without {@code -service}.
	 * @param name e.g. {@code catalog} or {@code catalog-service}
	 * @return the service
	 */
	static ServiceDefinition lookUp(String name) {
		String key = name.toLowerCase(Locale.ROOT);
		return ServiceRegistry.find(key)
			.or(() -> ServiceRegistry.find(key + "-service"))
			.orElseThrow(() -> new DevStackException("there is no service '" + name + "': use one of "
					+ String.join(", ", ServiceRegistry.services().stream().map(ServiceDefinition::name).toList())));
	}

	private static int count(String value, String service) {
		try {
			int count = Integer.parseInt(value);
			if (count >= 1 && count <= MAX) {
				return count;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new DevStackException(
				"--instances " + service + " must be a count from 1 to " + MAX + ", got '" + value + "'");
	}

	public int of(ServiceDefinition service) {
		return this.counts.getOrDefault(service.name(), 1);
	}

	/**
	 * Every instance to start, in the services' start order, a service's instances one
	 * after the other.
	 * @param services the services
	 * @return the instances
	 */
	public List<ServiceInstance> instances(List<ServiceDefinition> services) {
		List<ServiceInstance> instances = new ArrayList<>();
		for (ServiceDefinition service : services) {
			for (int n = 1; n <= of(service); n++) {
				instances.add(new ServiceInstance(service, n));
			}
		}
		return instances;
	}

}
