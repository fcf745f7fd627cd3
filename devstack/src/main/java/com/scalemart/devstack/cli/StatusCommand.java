package com.scalemart.devstack.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

import com.scalemart.devstack.config.Settings;
import com.scalemart.devstack.engine.EngineKind;
import com.scalemart.devstack.engine.Endpoints;
import com.scalemart.devstack.engine.RecordedEndpoints;
import com.scalemart.devstack.process.Processes;
import com.scalemart.devstack.service.ReadinessProbe;
import com.scalemart.devstack.state.StackState;
import com.scalemart.devstack.state.StateEntry;
import com.scalemart.devstack.state.StateFile;
import com.scalemart.devstack.table.TextTable;

/**
 * {@code scalemart status}: what runs, whether each process is alive, whether each
 * service is ready, and whether MariaDB's replica replicates and how far behind it is.
 */
@Command(name = "status",
		description = "Show services and engines: PID, port, live/dead, ready. Exit 0 all up, 1 some down, 3 nothing runs.")
final class StatusCommand implements Callable<Integer> {

	/** All up. */
	static final int UP = 0;

	/** Some processes are dead or some services not ready. */
	static final int DEGRADED = 1;

	/** Nothing runs. */
	static final int NOT_RUNNING = 3;

	private final CliContext context;

	private final ReadinessProbe probe = new ReadinessProbe();

	StatusCommand(CliContext context) {
		this.context = context;
	}

	@Override
	public Integer call() {
		Settings settings = this.context.settings(false);
		Optional<StackState> read = new StateFile(settings.stateFile()).read();
		if (read.isEmpty() || read.get().liveProcesses().isEmpty()) {
			this.context.out().println("ScaleMart is not running.");
			return NOT_RUNNING;
		}
		StackState state = read.get();
		Endpoints endpoints = RecordedEndpoints.of(state, settings);
		List<String> notes = new ArrayList<>();
		boolean allUp = state.liveLauncher().isPresent();
		TextTable table = TextTable.withHeaders("NAME", "KIND", "PORT", "PID", "PROCESS", "READY", "URL");
		table.row("launcher", "launcher", "-", Long.toString(state.launcherPid()), allUp ? "live" : "dead", "-", "-");
		for (StateEntry entry : StackTable.servicesFirst(state)) {
			String process;
			if (entry.pid() <= 0) {
				process = "external";
			}
			else if (Processes.live(entry.pid(), entry.startMillis()).isPresent()) {
				process = "live";
			}
			else {
				process = "dead";
				allUp = false;
			}
			String ready = "-";
			if (entry.isService()) {
				boolean isReady = "live".equals(process) && this.probe.isReady(entry.url());
				ready = isReady ? "yes" : "no";
				allUp &= isReady;
			}
			else if (entry.name().equals(EngineKind.MARIADB_REPLICA.displayName()) && !"dead".equals(process)
					&& endpoints.mariaDbReplica() != null) {
				ReplicationReport report = ReplicationReport.of(endpoints.mariaDbReplica(), endpoints.mariaDb());
				ready = report.replicating() ? "yes" : "no";
				allUp &= report.replicating();
				notes.add(report.text());
			}
			table.row(entry.name(), entry.kind(), StackTable.port(entry), StackTable.pid(entry, state), process, ready,
					entry.url());
		}
		this.context.out().print(table.render());
		notes.forEach(this.context.out()::println);
		if (!allUp) {
			this.context.out()
				.println("Some parts are down: see " + settings.display(settings.logsDir())
						+ "/, or restart with ./scalemart down && ./scalemart up");
			return DEGRADED;
		}
		return UP;
	}

}
