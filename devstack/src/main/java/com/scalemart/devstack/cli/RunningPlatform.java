package com.scalemart.devstack.cli;

import java.util.Map;

import com.scalemart.devstack.DevStackException;
import com.scalemart.devstack.config.Settings;
import com.scalemart.devstack.engine.RecordedEndpoints;
import com.scalemart.devstack.process.Processes;
import com.scalemart.devstack.service.ServiceDefinition;
import com.scalemart.devstack.service.ServiceEnvironment;
import com.scalemart.devstack.service.ServiceRegistry;
import com.scalemart.devstack.state.StackState;
import com.scalemart.devstack.state.StateEntry;
import com.scalemart.devstack.state.StateFile;

/**
 * A running {@code up} as seen from another command: its state, and the environment one
 * of its services runs with.
 *
 * @param settings the settings of this command
 * @param state the run's state
 */
record RunningPlatform(Settings settings, StackState state) {

	static final String NOT_RUNNING = "ScaleMart is not running: start it with ./scalemart up (in another terminal)";

	/**
	 * Finds the running platform with a live service of the given name.
	 * @param settings the settings
	 * @param service the service that must run
	 * @return the platform
	 * @throws DevStackException naming {@code ./scalemart up} if nothing or not that
	 * service runs
	 */
	static RunningPlatform require(Settings settings, String service) {
		StackState state = new StateFile(settings.stateFile()).read()
			.filter((read) -> read.liveLauncher().isPresent())
			.orElseThrow(() -> new DevStackException(NOT_RUNNING));
		StateEntry entry = state.entries()
			.stream()
			.filter((candidate) -> candidate.isService() && candidate.name().equals(service))
			.findFirst()
			.orElseThrow(() -> new DevStackException(service + " is not part of the running ScaleMart (still starting?)"
					+ ": wait for ./scalemart up to print its table, or restart it"));
		if (Processes.live(entry.pid(), entry.startMillis()).isEmpty()) {
			throw new DevStackException(service + " is not running: see " + settings.display(settings.logsDir()) + "/"
					+ service + ".log, then ./scalemart down && ./scalemart up");
		}
		return new RunningPlatform(settings, state);
	}

	/**
	 * The environment the launcher gave a service of this run.
	 * @param service the service
	 * @return its variables
	 */
	Map<String, String> environment(ServiceDefinition service) {
		return ServiceEnvironment.of(service, this.settings, RecordedEndpoints.of(this.state, this.settings));
	}

	static ServiceDefinition catalog() {
		return ServiceRegistry.require(ServiceRegistry.CATALOG_SERVICE);
	}

}
