package com.scalemart.devstack.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import com.scalemart.devstack.lab.LoadBalancingLabCommand;

/**
 * {@code scalemart lab}: the labs the launcher runs itself (the load-test labs run from
 * the loadtest module).
 */
@Command(name = "lab", description = "Run a lab against the running platform: lb.")
final class LabCommand {

	private LabCommand() {
	}

	static CommandLine commandLine(CliContext context) {
		CommandLine lab = new CommandLine(new LabCommand());
		lab.addSubcommand("lb", new LoadBalancingLabCommand(() -> context.settings(false), context.out()));
		return lab;
	}

}
