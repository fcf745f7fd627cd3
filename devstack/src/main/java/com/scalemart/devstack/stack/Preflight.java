package com.scalemart.devstack.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.scalemart.platform.engines.Ports;

import com.scalemart.devstack.DevStackException;
import com.scalemart.devstack.config.Mode;
import com.scalemart.devstack.config.Settings;
import com.scalemart.devstack.engine.EngineKind;
import com.scalemart.devstack.nginx.Balancing;
import com.scalemart.devstack.nginx.NginxBinary;
import com.scalemart.devstack.service.ServiceDefinition;
import com.scalemart.devstack.service.ServiceInstance;
import com.scalemart.devstack.service.ServiceRegistry;
import com.scalemart.devstack.state.StackState;
import com.scalemart.devstack.state.StateFile;

/**
 * The checks {@code up} makes before it starts anything, so that the common mistakes end
 * in one line and not in a half-started stack.
 */
final class Preflight {

	private final Settings settings;

	private final List<ServiceDefinition> services;

	private final Topology topology;

	Preflight(Settings settings, List<ServiceDefinition> services, Topology topology) {
		this.settings = settings;
		this.services = services;
		this.topology = topology;
	}

	void check(StateFile stateFile) {
		refuseSecondRun(stateFile);
		requireJars();
		requireNginx();
		requireFreePorts();
	}

	/**
	 * NGINX in front needs the executable and one weight per gateway, known before any
	 * JVM starts.
	 */
	private void requireNginx() {
		Balancing balancing = this.topology.balancing();
		if (balancing == null) {
			return;
		}
		NginxBinary.require(this.settings.env());
		int gateways = this.topology.scale().of(ServiceRegistry.require(ServiceRegistry.GATEWAY));
		if (!balancing.weights().isEmpty() && balancing.weights().size() != gateways) {
			throw new DevStackException("--lb " + balancing + " gives " + balancing.weights().size() + " weights for "
					+ gateways + " gateway instance(s): give one weight per instance, or --instances gateway="
					+ balancing.weights().size());
		}
	}

	private void refuseSecondRun(StateFile stateFile) {
		Optional<StackState> previous = stateFile.read();
		if (previous.isEmpty()) {
			return;
		}
		StackState state = previous.get();
		if (state.liveLauncher().isPresent()) {
			throw new DevStackException("ScaleMart is already running (launcher PID " + state.launcherPid()
					+ ", state in " + this.settings.display(stateFile.path())
					+ "): stop it with ./scalemart down, or give a second stack its own SCALEMART_STATE_DIR and ports");
		}
		List<ProcessHandle> leftovers = state.liveProcesses();
		if (!leftovers.isEmpty()) {
			throw new DevStackException("processes of an earlier run are still alive (PIDs "
					+ leftovers.stream().map((p) -> Long.toString(p.pid())).collect(Collectors.joining(", "))
					+ "): stop them with ./scalemart down");
		}
		// the previous launcher died without cleaning up, and nothing of it is left
		stateFile.delete();
	}

	private void requireJars() {
		for (ServiceDefinition service : this.services) {
			Path jar = service.jarPath(this.settings);
			if (!Files.isRegularFile(jar)) {
				throw new DevStackException(service.name() + " is not built (" + this.settings.display(jar)
						+ " is missing): run ./scalemart up, which builds it, or ./mvnw install -pl "
						+ moduleOf(service) + " -am");
			}
		}
	}

	private static String moduleOf(ServiceDefinition service) {
		// services/<name>/target/<name>.jar → services/<name>
		Path jar = service.jar();
		return (jar.getNameCount() > 2) ? jar.getParent().getParent().toString() : jar.toString();
	}

	private void requireFreePorts() {
		List<PortUse> uses = new ArrayList<>();
		if (this.settings.mode() == Mode.EMBEDDED) {
			uses.add(new PortUse(this.settings.mariaDbPort(), "embedded MariaDB", "SCALEMART_MARIADB_PORT"));
			if (this.services.stream().anyMatch((service) -> service.needs(EngineKind.MARIADB_REPLICA))) {
				uses.add(new PortUse(this.settings.mariaDbReplicaPort(), "embedded MariaDB replica",
						"SCALEMART_MARIADB_REPLICA_PORT"));
			}
			uses.add(new PortUse(this.settings.redisPort(), "embedded Redis", "SCALEMART_REDIS_PORT"));
			uses.add(new PortUse(this.settings.kafkaPort(), "embedded Kafka", "SCALEMART_KAFKA_PORT"));
		}
		for (ServiceInstance instance : this.topology.instances(this.services)) {
			uses.add(new PortUse(instance.port(this.settings), instance.entryName(), instance.portVariable()));
		}
		if (this.topology.balancing() != null) {
			uses.add(new PortUse(LoadBalancerStart.port(this.settings), "nginx", LoadBalancerStart.PORT_VARIABLE));
		}
		Map<Integer, PortUse> byPort = new HashMap<>();
		for (PortUse use : uses) {
			PortUse other = byPort.putIfAbsent(use.port(), use);
			if (other != null) {
				throw new DevStackException(other.who() + " and " + use.who() + " are both set to port " + use.port()
						+ ": change " + use.variable() + " or " + other.variable());
			}
		}
		for (PortUse use : uses) {
			Ports.requireFree(use.port(), use.who(), use.variable());
		}
	}

	private record PortUse(int port, String who, String variable) {
	}

}
