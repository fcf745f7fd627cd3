package com.scalemart.devstack.lab;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.scalemart.devstack.DevStackException;
import com.scalemart.devstack.config.Settings;
import com.scalemart.devstack.engine.RecordedEndpoints;
import com.scalemart.devstack.process.ExtractedJar;
import com.scalemart.devstack.process.JvmFlags;
import com.scalemart.devstack.process.ServiceProcess;
import com.scalemart.devstack.service.ReadinessProbe;
import com.scalemart.devstack.service.ServiceDefinition;
import com.scalemart.devstack.service.ServiceEnvironment;
import com.scalemart.devstack.service.ServiceRegistry;
import com.scalemart.devstack.state.StackState;

/**
 * A gateway instance of the lab's own, on the running platform's engines and discovery:
 * the lab kills it with {@code SIGKILL} and starts it again, and leaves the platform's
 * own gateways alone.
 */
final class LabGateway implements AutoCloseable {

	private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

	private final List<String> command;

	private final Map<String, String> env;

	private final Settings settings;

	private final Path log;

	private final int port;

	private ServiceProcess process;

	LabGateway(Settings settings, StackState state, int port) {
		ServiceDefinition gateway = ServiceRegistry.require(ServiceRegistry.GATEWAY);
		this.settings = settings;
		this.port = port;
		this.log = settings.logsDir().resolve("gateway-lab.log");
		this.env = new LinkedHashMap<>(ServiceEnvironment.of(gateway, settings, RecordedEndpoints.of(state, settings)));
		this.env.put("SERVER_PORT", Integer.toString(port));
		this.env.put("SCALEMART_INSTANCE_ID", "gateway-lab");
		this.command = new ArrayList<>();
		this.command.add(settings.java().toString());
		this.command.addAll(JvmFlags.forService(settings.cdsDir().resolve("gateway-lab.jsa")));
		this.command.add("-jar");
		this.command.add(ExtractedJar
			.prepare(settings.java(), gateway.jarPath(settings), settings.appsDir(), gateway.name(), this.log)
			.toString());
	}

	int port() {
		return this.port;
	}

	String url() {
		return "http://127.0.0.1:" + this.port;
	}

	/**
	 * Starts it and waits until it routes.
	 * @return when it was ready, in epoch milliseconds
	 */
	long startAndAwaitReady() {
		this.process = ServiceProcess.start(this.command, this.env, this.settings.home(), this.log);
		ReadinessProbe probe = new ReadinessProbe();
		List<String> paths = ServiceRegistry.require(ServiceRegistry.GATEWAY).readyPaths();
		long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
		while (!probe.isReady(url(), paths)) {
			if (!this.process.isAlive() || System.nanoTime() > deadline) {
				close();
				throw new DevStackException("the lab's gateway on port " + this.port + " did not get ready: see "
						+ this.settings.display(this.log));
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				close();
				throw new DevStackException("interrupted while the lab's gateway started");
			}
		}
		return System.currentTimeMillis();
	}

	/**
	 * {@code kill -9}: no shutdown hook runs, open connections are reset.
	 * @return when it was killed, in epoch milliseconds
	 */
	long kill() {
		long at = System.currentTimeMillis();
		this.process.handle().destroyForcibly();
		this.process.handle().onExit().join();
		return at;
	}

	@Override
	public void close() {
		if (this.process != null) {
			this.process.stop(Duration.ofSeconds(10));
		}
	}

}
