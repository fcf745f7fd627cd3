package com.scalemart.devstack.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.scalemart.devstack.config.Settings;
import com.scalemart.devstack.engine.EngineKind;

/**
 * One service the launcher runs as its own JVM.
 *
 * @param name the service name, also its log file name and instance id prefix
 * @param jar the executable jar, relative to the repository root
 * @param defaultPort the HTTP port unless overridden by {@link #portVariable()}
 * @param databases the MariaDB databases to create before it starts; the first is its
 * datasource
 * @param engines the engines it connects to
 * @param extraEnv further environment variables it needs
 */
public record ServiceDefinition(String name, Path jar, int defaultPort, List<String> databases, Set<EngineKind> engines,
		Map<String, String> extraEnv) {

	public ServiceDefinition {
		databases = List.copyOf(databases);
		engines = Set.copyOf(engines);
		extraEnv = Map.copyOf(extraEnv);
		if (!databases.isEmpty() && !engines.contains(EngineKind.MARIADB)) {
			throw new IllegalArgumentException(name + " declares databases but not the MariaDB engine");
		}
	}

	/**
	 * The variable that moves this service to another port, e.g.
	 * {@code SCALEMART_USER_SERVICE_PORT}.
	 * @return the variable name
	 */
	public String portVariable() {
		return "SCALEMART_" + this.name.toUpperCase(Locale.ROOT).replace('-', '_') + "_PORT";
	}

	public int port(Settings settings) {
		return Settings.port(settings.env(), portVariable(), this.defaultPort);
	}

	public Path jarPath(Settings settings) {
		return settings.home().resolve(this.jar);
	}

	public Path logFile(Settings settings) {
		return settings.logsDir().resolve(this.name + ".log");
	}

	public boolean needs(EngineKind kind) {
		return this.engines.contains(kind);
	}

}
