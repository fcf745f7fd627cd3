package com.scalemart.devstack.service;

import java.nio.file.Path;

import com.scalemart.devstack.config.Settings;

/**
 * One of the instances of a service: the first keeps the service's own port, name and
 * log; instance {@code n} listens {@value #PORT_STEP} × (n − 1) ports above it, e.g. the
 * gateways at 8080, 8180, 8280.
 *
 * @param service the service
 * @param number the instance number, from 1
 */
public record ServiceInstance(ServiceDefinition service, int number) {

	/** How far apart the ports of a service's instances are. */
	public static final int PORT_STEP = 100;

	public ServiceInstance {
		if (number < 1) {
			throw new IllegalArgumentException("instances count from 1");
		}
	}

	/**
	 * The id it reports in {@code X-Served-By} ({@code SCALEMART_INSTANCE_ID}).
	 * @return e.g. {@code catalog-service-2}
	 */
	public String id() {
		return this.service.name() + "-" + this.number;
	}

	/**
	 * Its name in the state file and the status table: the service's name for the first
	 * instance, so that commands looking a service up by name find it.
	 * @return e.g. {@code gateway} or {@code gateway-2}
	 */
	public String entryName() {
		return (this.number == 1) ? this.service.name() : id();
	}

	public int port(Settings settings) {
		return this.service.port(settings) + PORT_STEP * (this.number - 1);
	}

	public String url(Settings settings) {
		return "http://127.0.0.1:" + port(settings);
	}

	public Path logFile(Settings settings) {
		return settings.logsDir().resolve(entryName() + ".log");
	}

	/**
	 * The variable that moves it to another port.
	 * @return the service's port variable (later instances follow the first)
	 */
	public String portVariable() {
		return this.service.portVariable();
	}

}
