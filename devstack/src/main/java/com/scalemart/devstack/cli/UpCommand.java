package com.scalemart.devstack.cli;

import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.jspecify.annotations.Nullable;

import com.scalemart.devstack.config.Mode;
import com.scalemart.devstack.config.Settings;
import com.scalemart.devstack.nginx.Balancing;
import com.scalemart.devstack.service.Faults;
import com.scalemart.devstack.service.Scale;
import com.scalemart.devstack.service.ServiceRegistry;
import com.scalemart.devstack.stack.Topology;
import com.scalemart.devstack.state.StateEntry;
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

	@Option(names = "--instances", paramLabel = "SERVICE=N,...",
			description = "Instances per service, e.g. gateway=3,catalog=2; instance n listens 100*(n-1) ports above the first.")
	@Nullable String instances;

	@Option(names = "--lb", paramLabel = "ALGORITHM",
			description = "NGINX in front of the gateways (on SCALEMART_NGINX_PORT, 8000): round_robin, weighted:3,2,1, least_conn, ip_hash, random_two. Round robin when omitted and more than one gateway runs.")
	@Nullable String lb;

	@Option(names = "--inject", paramLabel = "INSTANCE=FAULT,...",
			description = "Faults in single servlet-service instances, e.g. catalog-2=latency:200ms or catalog-3=fail:0.5.")
	@Nullable String inject;

	UpCommand(CliContext context) {
		this.context = context;
	}

	@Override
	public Integer call() throws InterruptedException {
		long start = System.nanoTime();
		Settings settings = this.context.settings(this.external);
		Scale scale = (this.instances != null) ? Scale.parse(this.instances) : Scale.single();
		Topology topology = Topology.of(scale, (this.inject != null) ? Faults.parse(this.inject, scale) : Faults.none(),
				(this.lb != null) ? Balancing.parse(this.lb) : null);
		this.context.out()
			.println("ScaleMart up: " + ((settings.mode() == Mode.EMBEDDED) ? "embedded" : "external")
					+ " engines, state in " + settings.display(settings.stateDir()));
		RunningStack stack = new StackLauncher(settings, ServiceRegistry.services(), topology, this.context.out())
			.launch();
		this.context.out().println();
		this.context.out().print(StackTable.render(stack.state()));
		this.context.out().println();
		StackTable.entryPoint(stack.state())
			.ifPresent((entry) -> this.context.out()
				.println("The entry point: " + entry.url()
						+ (StateEntry.PROXY.equals(entry.kind())
								? " (NGINX, " + topology.balancing()
										+ ", in front of the gateways, which route /api/** to the services)"
								: " (the gateway routes /api/** to the services)")));
		this.context.out()
			.printf(Locale.ROOT, "ScaleMart is up in %.1f s. Logs: %s/. Stop with Ctrl-C or ./scalemart down.%n",
					(System.nanoTime() - start) / 1e9, settings.display(settings.logsDir()));
		this.context.out().flush();
		stack.watchUntilStopped(this.context.err());
		return 0;
	}

}
