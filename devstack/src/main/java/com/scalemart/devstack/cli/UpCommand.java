package com.scalemart.devstack.cli;

import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import com.scalemart.devstack.config.Mode;
import com.scalemart.devstack.config.Settings;
import com.scalemart.devstack.service.ServiceRegistry;
import com.scalemart.devstack.stack.RunningStack;
import com.scalemart.devstack.stack.StackLauncher;

/**
 * {@code scalemart up}: starts everything and stays in the foreground until Ctrl-C or
 * {@code scalemart down}.
 */
@Command(name = "up", description = "Start the engines and every service, then stay in the foreground (Ctrl-C stops).")
final class UpCommand implements Callable<Integer> {

	private final CliContext context;

	@Option(names = "--external",
			description = "Start no engines: use the MariaDB, Redis and Kafka named by SCALEMART_MARIADB, SCALEMART_REDIS, SCALEMART_KAFKA (same as SCALEMART_MODE=external).")
	boolean external;

	UpCommand(CliContext context) {
		this.context = context;
	}

	@Override
	public Integer call() throws InterruptedException {
		long start = System.nanoTime();
		Settings settings = this.context.settings(this.external);
		this.context.out()
			.println("ScaleMart up: " + ((settings.mode() == Mode.EMBEDDED) ? "embedded" : "external")
					+ " engines, state in " + settings.display(settings.stateDir()));
		RunningStack stack = new StackLauncher(settings, ServiceRegistry.services(), this.context.out()).launch();
		this.context.out().println();
		this.context.out().print(StackTable.render(stack.state()));
		this.context.out().println();
		StackTable.entryPoint(stack.state())
			.ifPresent((gateway) -> this.context.out()
				.println("The entry point: " + gateway.url() + " (the gateway routes /api/** to the services)"));
		this.context.out()
			.printf(Locale.ROOT, "ScaleMart is up in %.1f s. Logs: %s/. Stop with Ctrl-C or ./scalemart down.%n",
					(System.nanoTime() - start) / 1e9, settings.display(settings.logsDir()));
		this.context.out().flush();
		stack.watchUntilStopped(this.context.err());
		return 0;
	}

}
