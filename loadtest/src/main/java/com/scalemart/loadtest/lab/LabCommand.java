package com.scalemart.loadtest.lab;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import com.scalemart.loadtest.LoadTestContext;

/**
 * {@code scalemart lab}: the labs that run against the live platform.
 */
@Command(name = "lab", mixinStandardHelpOptions = true, description = "Run a lab against the running platform: cache.")
public final class LabCommand {

	private LabCommand() {
	}

	public static CommandLine commandLine(LoadTestContext context) {
		CommandLine lab = new CommandLine(new LabCommand());
		lab.addSubcommand("cache", new CacheLabCommand(context));
		return lab;
	}

}
