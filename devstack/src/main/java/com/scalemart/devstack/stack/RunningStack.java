package com.scalemart.devstack.stack;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import com.scalemart.devstack.DevStackException;
import com.scalemart.devstack.process.ServiceProcess;
import com.scalemart.devstack.state.StackState;
import com.scalemart.devstack.state.StateEntry;
import com.scalemart.devstack.state.StateFile;

/**
 * What one {@code up} has started, kept in step with the state file. Starting and
 * stopping share one lock: a Ctrl-C that arrives while an engine starts waits for it and
 * then stops it too, so nothing is started after the stop has begun and nothing is left
 * behind.
 */
public final class RunningStack {

	private final StateFile stateFile;

	private final PrintStream out;

	private final List<Component> components = new ArrayList<>();

	private final List<Watched> services = new ArrayList<>();

	private StackState state;

	private boolean stopped;

	RunningStack(StateFile stateFile, StackState initial, PrintStream out) {
		this.stateFile = stateFile;
		this.state = initial;
		this.out = out;
		stateFile.write(initial);
	}

	/**
	 * Starts something and records it, unless the stack is already stopping.
	 * @param <T> what the starter returns
	 * @param starter starts it
	 * @param describe its state entry and how to stop it
	 * @return what the starter returned
	 */
	synchronized <T> T start(Supplier<T> starter, Function<T, Component> describe) {
		return startAll(starter, (started) -> List.of(describe.apply(started)));
	}

	/**
	 * Starts several parts at once and records them all before a stop can come in
	 * between, e.g. MariaDB and its replica.
	 * @param <T> what the starter returns
	 * @param starter starts them
	 * @param describe their state entries and how to stop each, in start order
	 * @return what the starter returned
	 */
	synchronized <T> T startAll(Supplier<T> starter, Function<T, List<Component>> describe) {
		if (this.stopped) {
			throw new DevStackException("ScaleMart was asked to stop while it was starting");
		}
		T started = starter.get();
		describe.apply(started).forEach(this::record);
		return started;
	}

	synchronized void record(Component component) {
		this.components.add(component);
		this.state = this.state.with(component.entry());
		this.stateFile.write(this.state);
	}

	synchronized void watch(String name, ServiceProcess process, String log) {
		this.services.add(new Watched(name, process, log));
	}

	synchronized boolean isStopped() {
		return this.stopped;
	}

	public synchronized StackState state() {
		return this.state;
	}

	/**
	 * Stops everything in reverse start order (services before the engines they use) and
	 * deletes the state file. Safe to call more than once and from the shutdown hook.
	 */
	public synchronized void stop() {
		if (this.stopped) {
			return;
		}
		this.stopped = true;
		for (Component component : this.components.reversed()) {
			long start = System.nanoTime();
			this.out.print("Stopping " + component.entry().name() + "… ");
			this.out.flush();
			try {
				component.stop().run();
				this.out.println("stopped " + Progress.seconds(System.nanoTime() - start));
			}
			catch (RuntimeException ex) {
				this.out.println("failed: " + ex.getMessage());
			}
		}
		this.stateFile.delete();
	}

	/**
	 * Reports, once each, services that exit while the stack runs; blocks until the JVM
	 * shuts down.
	 * @param err where to report
	 * @throws InterruptedException if the waiting thread is interrupted
	 */
	public void watchUntilStopped(PrintStream err) throws InterruptedException {
		Set<String> reported = new HashSet<>();
		while (!isStopped()) {
			for (Watched service : watchedServices()) {
				if (!service.process().isAlive() && !isStopped() && reported.add(service.name())) {
					err.println(service.name() + " exited with code " + service.process().exitCode().orElse(-1)
							+ ": see its log " + service.log()
							+ ", then restart with ./scalemart down && ./scalemart up");
				}
			}
			Thread.sleep(1000);
		}
	}

	private synchronized List<Watched> watchedServices() {
		return List.copyOf(this.services);
	}

	record Component(StateEntry entry, Runnable stop) {
	}

	private record Watched(String name, ServiceProcess process, String log) {
	}

}
