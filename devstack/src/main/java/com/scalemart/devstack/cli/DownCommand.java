package com.scalemart.devstack.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

import com.scalemart.devstack.config.Settings;
import com.scalemart.devstack.process.Processes;
import com.scalemart.devstack.state.StackState;
import com.scalemart.devstack.state.StateEntry;
import com.scalemart.devstack.state.StateFile;

/**
 * {@code scalemart down}: asks the running launcher to stop (it stops its services, then
 * its engines), then kills whatever recorded process outlived it.
 */
@Command(name = "down", description = "Stop a running 'up' (from any terminal); exits 0 also when nothing runs.")
final class DownCommand implements Callable<Integer> {

	/** Per service, as the launcher waits up to 15 s for each, plus the engines. */
	private static final Duration LAUNCHER_GRACE_PER_SERVICE = Duration.ofSeconds(16);

	private static final Duration LAUNCHER_GRACE_FOR_ENGINES = Duration.ofSeconds(45);

	private static final Duration LEFTOVER_GRACE = Duration.ofSeconds(15);

	private final CliContext context;

	DownCommand(CliContext context) {
		this.context = context;
	}

	@Override
	public Integer call() {
		Settings settings = this.context.settings(false);
		StateFile stateFile = new StateFile(settings.stateFile());
		Optional<StackState> read = stateFile.read();
		if (read.isEmpty()) {
			this.context.out().println("ScaleMart is not running; nothing to stop.");
			return 0;
		}
		StackState state = read.get();
		List<String> stopped = new ArrayList<>();
		List<String> survivors = new ArrayList<>();
		// what runs now; the launcher's own stop takes the rest with it
		List<StateEntry> running = state.entries()
			.stream()
			.filter((entry) -> entry.pid() > 0 && entry.pid() != state.launcherPid())
			.filter((entry) -> Processes.live(entry.pid(), entry.startMillis()).isPresent())
			.toList();
		state.liveLauncher().ifPresent((launcher) -> {
			this.context.out().println("Asking the launcher (PID " + launcher.pid() + ") to stop…");
			long services = state.entries().stream().filter(StateEntry::isService).count();
			Duration grace = LAUNCHER_GRACE_FOR_ENGINES.plus(LAUNCHER_GRACE_PER_SERVICE.multipliedBy(services));
			Processes.stop(launcher, grace);
			stopped.add("launcher (PID " + launcher.pid() + ")");
		});
		for (StateEntry entry : running.reversed()) {
			Optional<ProcessHandle> live = Processes.live(entry.pid(), entry.startMillis());
			if (live.isPresent()) {
				// the launcher died without stopping it (or could not)
				Processes.stop(live.get(), LEFTOVER_GRACE);
			}
			String name = entry.name() + " (PID " + entry.pid() + ")";
			if (Processes.live(entry.pid(), entry.startMillis()).isPresent()) {
				survivors.add(name);
			}
			else {
				stopped.add(name);
			}
		}
		stateFile.delete();
		this.context.out()
			.println(stopped.isEmpty() ? "Nothing was running." : "Stopped: " + String.join(", ", stopped) + ".");
		if (!survivors.isEmpty()) {
			this.context.err()
				.println("scalemart: still alive after SIGKILL: " + String.join(", ", survivors)
						+ ": check them with ps and stop them by hand");
			return ScaleMartCommand.FAILED;
		}
		return 0;
	}

}
