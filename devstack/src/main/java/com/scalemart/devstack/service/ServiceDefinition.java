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
 * @param links the other services it talks to
 * @param readyPaths paths that must answer 200, after its readiness probe, before it
 * counts as ready (a gateway is of no use until it can route)
 */
public record ServiceDefinition(String name, Path jar, int defaultPort, List<String> databases, Set<EngineKind> engines,
		Map<String, String> extraEnv, Set<Link> links, List<String> readyPaths) {

	public ServiceDefinition {
		databases = List.copyOf(databases);
		engines = Set.copyOf(engines);
		extraEnv = Map.copyOf(extraEnv);
		links = Set.copyOf(links);
		readyPaths = List.copyOf(readyPaths);
		if (!databases.isEmpty() && !engines.contains(EngineKind.MARIADB)) {
			throw new IllegalArgumentException(name + " declares databases but not the MariaDB engine");
		}
	}

	/**
	 * A service that talks to no other service.
	 */
	public ServiceDefinition(String name, Path jar, int defaultPort, List<String> databases, Set<EngineKind> engines,
			Map<String, String> extraEnv) {
		this(name, jar, defaultPort, databases, engines, extraEnv, Set.of(), List.of());
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

	public boolean uses(Link link) {
		return this.links.contains(link);
	}

	/**
	 * The base URL a client on this machine reaches it at.
	 * @param settings the run's settings
	 * @return e.g. {@code http://127.0.0.1:8082}
	 */
	public String url(Settings settings) {
		return "http://127.0.0.1:" + port(settings);
	}

}
