package com.scalemart.devstack.lab;

import java.io.IOException;
import java.time.Duration;

/**
 * Makes one process slow the way a CPU quota does ({@code cpulimit}): stopped
 * ({@code SIGSTOP}) for part of every period, running ({@code SIGCONT}) for the rest. The
 * gateway has no fault filter of its own, and a slow catalog behind it would slow every
 * gateway alike, so the lab slows a gateway process itself.
 */
final class Slowdown implements AutoCloseable {

	private final long pid;

	private final Thread thread;

	private volatile boolean running = true;

	private Slowdown(long pid, Duration stopped, Duration period) {
		this.pid = pid;
		this.thread = Thread.ofPlatform().daemon().name("slowdown-" + pid).start(() -> {
			while (this.running) {
				signal("STOP");
				pause(stopped);
				signal("CONT");
				pause(period.minus(stopped));
			}
		});
	}

	/**
	 * Starts slowing a process.
	 * @param pid the process
	 * @param stopped how long it is stopped in every period
	 * @param period the period
	 * @return the running slowdown; close it to let the process run freely again
	 */
	static Slowdown start(long pid, Duration stopped, Duration period) {
		return new Slowdown(pid, stopped, period);
	}

	private void signal(String signal) {
		try {
			new ProcessBuilder("kill", "-" + signal, Long.toString(this.pid)).start().waitFor();
		}
		catch (IOException ex) {
			this.running = false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

	private void pause(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

	/**
	 * Stops slowing, and leaves the process running.
	 */
	@Override
	public void close() {
		this.running = false;
		try {
			this.thread.join(Duration.ofSeconds(2));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		signal("CONT");
	}

}
