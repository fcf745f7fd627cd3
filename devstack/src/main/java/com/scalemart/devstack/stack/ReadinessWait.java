package com.scalemart.devstack.stack;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import com.scalemart.devstack.DevStackException;
import com.scalemart.devstack.process.ServiceProcess;
import com.scalemart.devstack.service.ReadinessProbe;

/**
 * Waits until a service is ready, and fails fast and by name when its process exits first
 * or the timeout passes.
 */
final class ReadinessWait {

	private final Duration timeout;

	private final Duration poll;

	private final ReadinessProbe probe = new ReadinessProbe();

	ReadinessWait(Duration timeout, Duration poll) {
		this.timeout = timeout;
		this.poll = poll;
	}

	void until(String name, ServiceProcess process, String url, List<String> paths, String log,
			BooleanSupplier stopping) {
		long deadline = System.nanoTime() + this.timeout.toNanos();
		while (true) {
			if (stopping.getAsBoolean()) {
				throw new DevStackException("ScaleMart was asked to stop while " + name + " was starting");
			}
			if (!process.isAlive()) {
				throw new DevStackException(name + " exited with code " + process.exitCode().orElse(-1)
						+ " before it was ready: see its log " + log);
			}
			if (this.probe.isReady(url, paths)) {
				return;
			}
			if (System.nanoTime() > deadline) {
				throw new DevStackException(name + " was not ready within " + this.timeout.toSeconds() + " s (" + url
						+ "/actuator/health/readiness" + (paths.isEmpty() ? "" : ", then " + String.join(", ", paths))
						+ "): see its log " + log + "; on a slow machine raise SCALEMART_READY_TIMEOUT (seconds)");
			}
			try {
				Thread.sleep(this.poll);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new DevStackException("interrupted while waiting for " + name + " to get ready");
			}
		}
	}

}
