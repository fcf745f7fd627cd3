package com.scalemart.devstack.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.scalemart.devstack.process.Processes;

/**
 * What a running launcher has started, so that {@code down} and {@code status} in another
 * terminal can find it.
 *
 * @param launcherPid the PID of the launcher that runs in the foreground
 * @param launcherStartMillis its start time, to tell a reused PID from it
 * @param mode {@code embedded} or {@code external}
 * @param entries engines and services in start order
 */
public record StackState(long launcherPid, long launcherStartMillis, String mode, List<StateEntry> entries) {

	public StackState {
		entries = List.copyOf(entries);
	}

	public StackState with(StateEntry entry) {
		List<StateEntry> more = new ArrayList<>(this.entries);
		more.add(entry);
		return new StackState(this.launcherPid, this.launcherStartMillis, this.mode, more);
	}

	public Optional<ProcessHandle> liveLauncher() {
		return Processes.live(this.launcherPid, this.launcherStartMillis);
	}

	/**
	 * Every recorded process that is still alive, the launcher first.
	 * @return the live processes, each once
	 */
	public List<ProcessHandle> liveProcesses() {
		return Stream
			.concat(liveLauncher().stream(),
					this.entries.stream().flatMap((entry) -> Processes.live(entry.pid(), entry.startMillis()).stream()))
			.distinct()
			.toList();
	}

}
