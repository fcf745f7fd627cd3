package com.scalemart.devstack.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import com.scalemart.devstack.DevStackException;
import com.scalemart.devstack.config.Settings;
import com.scalemart.devstack.process.ServiceProcess;
import com.scalemart.devstack.service.ServiceDefinition;

/**
 * {@code scalemart seed}: loads products into the running platform's catalog database by
 * running the catalog jar once as a command, against the same database as the running
 * catalog. Products are added by SKU, so a second run adds only what is missing.
 */
@Command(name = "seed",
		description = "Load N products (default 100,000) into the running platform's catalog; the same seed gives the same catalog.")
final class SeedCommand implements Callable<Integer> {

	private static final Pattern HOLDS = Pattern.compile("the catalog holds (\\d+)");

	private final CliContext context;

	@Option(names = "--products", paramLabel = "N", description = "how many products (default ${DEFAULT-VALUE})")
	int products = 100_000;

	@Option(names = "--seed", paramLabel = "S", description = "random seed (default ${DEFAULT-VALUE})")
	long seed = 42;

	SeedCommand(CliContext context) {
		this.context = context;
	}

	@Override
	public Integer call() throws InterruptedException {
		if (this.products < 1) {
			throw new DevStackException("--products must be at least 1, got " + this.products);
		}
		Settings settings = this.context.settings(false);
		ServiceDefinition catalog = RunningPlatform.catalog();
		RunningPlatform platform = RunningPlatform.require(settings, catalog.name());
		Path log = settings.logsDir().resolve("catalog-seed.log");
		this.context.out()
			.printf(Locale.ROOT, "Seeding %,d products (seed %d) into %s… ", this.products, this.seed,
					catalog.databases().get(0));
		this.context.out().flush();
		long start = System.nanoTime();
		ServiceProcess process = ServiceProcess.start(command(settings, catalog), environment(platform, catalog),
				settings.home(), truncated(log));
		int exit = process.handle().onExit().thenApply((handle) -> process.exitCode().orElse(-1)).join();
		double seconds = (System.nanoTime() - start) / 1e9;
		if (exit != 0) {
			this.context.out().println("failed");
			throw new DevStackException(
					"seeding failed with exit code " + exit + ": see " + settings.display(log) + " for why");
		}
		this.context.out().printf(Locale.ROOT, "done in %.1f s; the catalog holds %s products.%n", seconds, holds(log));
		return 0;
	}

	List<String> command(Settings settings, ServiceDefinition catalog) {
		List<String> command = new ArrayList<>();
		command.add(settings.java().toString());
		// a one-shot batch job: the default JIT, a heap for 1,000-row batches
		command.addAll(List.of("-XX:+UseSerialGC", "-Xmx512m", "-jar", catalog.jarPath(settings).toString()));
		command.add("--scalemart.catalog.seed.products=" + this.products);
		command.add("--scalemart.catalog.seed.random-seed=" + this.seed);
		command.add("--scalemart.catalog.seed.exit=true");
		return command;
	}

	static Map<String, String> environment(RunningPlatform platform, ServiceDefinition catalog) {
		Map<String, String> env = new java.util.LinkedHashMap<>(platform.environment(catalog));
		// a command, not an instance: it must not be offered to the gateway
		env.put("SCALEMART_DISCOVERY_ENABLED", "false");
		env.put("SCALEMART_INSTANCE_ID", catalog.name() + "-seed");
		// the catalog's security configuration needs a web application, so the command
		// runs one, on a port of its own choosing that nothing calls
		env.put("SERVER_PORT", "0");
		return env;
	}

	private static Path truncated(Path log) {
		try {
			Files.createDirectories(log.getParent());
			Files.writeString(log, "");
			return log;
		}
		catch (IOException ex) {
			throw new DevStackException("cannot write " + log + " (" + ex.getMessage() + "): make it writable", ex);
		}
	}

	private static String holds(Path log) {
		try {
			Matcher matcher = HOLDS.matcher(Files.readString(log));
			String found = "?";
			while (matcher.find()) {
				found = String.format(Locale.ROOT, "%,d", Long.parseLong(matcher.group(1)));
			}
			return found;
		}
		catch (IOException ex) {
			return "?";
		}
	}

}
