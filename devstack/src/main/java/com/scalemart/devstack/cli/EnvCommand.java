package com.scalemart.devstack.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import com.scalemart.devstack.service.ServiceDefinition;
import com.scalemart.devstack.service.ServiceRegistry;

/**
 * {@code scalemart env <service>}: the variables a service of the running platform was
 * started with, one {@code NAME=value} a line, so that a second instance (a lab's, a
 * debugger's) can join the same engines.
 */
@Command(name = "env",
		description = "Print the environment a service of the running platform has (NAME=value lines), e.g. to start another instance of it.")
final class EnvCommand implements Callable<Integer> {

	private final CliContext context;

	@Parameters(index = "0", paramLabel = "SERVICE", description = "e.g. catalog-service")
	String service = "";

	EnvCommand(CliContext context) {
		this.context = context;
	}

	@Override
	public Integer call() {
		ServiceDefinition definition = ServiceRegistry.require(this.service);
		RunningPlatform platform = RunningPlatform.require(this.context.settings(false), definition.name());
		for (Map.Entry<String, String> variable : platform.environment(definition).entrySet()) {
			this.context.out().println(variable.getKey() + "=" + variable.getValue());
		}
		return 0;
	}

}
