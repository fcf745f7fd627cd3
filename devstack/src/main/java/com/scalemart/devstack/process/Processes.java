package com.scalemart.devstack.process;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Finding and stopping processes by PID, as recorded in the state file.
 */
public final class Processes {

	private static final Duration KILL_WAIT = Duration.ofSeconds(5);

	private Processes() {
	}

	/**
	 * The start time of a process, recorded with its PID so that a PID the kernel has
	 * since given to an unrelated process is never mistaken for ours.
	 * @param handle the process
	 * @return its start time in epoch milliseconds, or 0 if the OS does not say
	 */
	public static long startMillis(ProcessHandle handle) {
		return handle.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
	}

	/**
	 * Finds a live process recorded earlier.
	 * @param pid its PID, 0 for none
	 * @param startMillis its recorded start time, 0 if unknown
	 * @return the process if it is alive and still the one recorded
	 */
	public static Optional<ProcessHandle> live(long pid, long startMillis) {
		if (pid <= 0) {
			return Optional.empty();
		}
		return ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter((handle) -> startMillis == 0 || startMillis(handle) == 0 || startMillis(handle) == startMillis);
	}

	/**
	 * Sends SIGTERM, waits, then SIGKILL.
	 * @param handle the process
	 * @param grace how long it may take to exit after SIGTERM
	 * @return whether it exited within the grace period
	 */
	public static boolean stop(ProcessHandle handle, Duration grace) {
		if (!handle.isAlive()) {
			return true;
		}
		handle.destroy();
		if (awaitExit(handle, grace)) {
			return true;
		}
		handle.destroyForcibly();
		awaitExit(handle, KILL_WAIT);
		return false;
	}

	/**
	 * Waits for a process to exit.
	 * @param handle the process
	 * @param timeout how long to wait
	 * @return whether it exited in time
	 */
	public static boolean awaitExit(ProcessHandle handle, Duration timeout) {
		try {
			handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (TimeoutException ex) {
			return !handle.isAlive();
		}
		catch (ExecutionException ex) {
			return !handle.isAlive();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return !handle.isAlive();
		}
	}

}
