package com.scalemart.devstack.lab;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import com.scalemart.devstack.DevStackException;
import com.scalemart.devstack.config.Settings;
import com.scalemart.devstack.state.StackState;
import com.scalemart.devstack.state.StateFile;

/**
 * {@code scalemart lab lb}: the load-balancing lab against the running platform.
 */
@Command(name = "lb",
		description = "NGINX's algorithms, overhead, concurrency, ip_hash affinity and a kill -9 under load, against the running gateways; report in docs/results/lb-lab.md.")
public final class LoadBalancingLabCommand implements Callable<Integer> {

	private final Supplier<Settings> settingsSource;

	private final PrintStream out;

	@Option(names = "--quick", description = "About 3 minutes instead of about 8.")
	boolean quick;

	@Option(names = "--path", description = "The GET path loaded through the gateways (default: ${DEFAULT-VALUE}).")
	String path = "/api/catalog-ping";

	@Option(names = "--out", description = "Where the report goes (default: docs/results in the repository).")
	Path outDir = Path.of("");

	/**
	 * @param settings reads the settings when the command runs
	 * @param out where progress goes
	 */
	public LoadBalancingLabCommand(Supplier<Settings> settings, PrintStream out) {
		this.settingsSource = settings;
		this.out = out;
	}

	@Override
	public Integer call() {
		long start = System.nanoTime();
		Settings settings = this.settingsSource.get();
		StackState state = new StateFile(settings.stateFile()).read()
			.filter((read) -> read.liveLauncher().isPresent())
			.orElseThrow(() -> new DevStackException(
					"ScaleMart is not running: start it with ./scalemart up --instances gateway=3 (in another terminal)"));
		LabOptions options = new LabOptions(this.quick, this.path,
				Settings.port(settings.env(), "SCALEMART_LAB_NGINX_PORT", 8001));
		this.out.println("Load-balancing lab" + (this.quick ? " (quick)" : "") + ": GET " + this.path);
		Wrk wrk = Wrk.require(this.out);
		LoadBalancingLab lab = new LoadBalancingLab(settings, state, options, this.out, wrk);
		LabResults results = lab.run();
		Path dir = this.outDir.toString().isEmpty() ? settings.home().resolve("docs/results") : this.outDir;
		Path report = LabReport.write(results, dir, "./scalemart lab lb" + (this.quick ? " --quick" : ""), machine(),
				lastGateway(results));
		this.out.printf(Locale.ROOT, "Done in %.0f s: %s%n", (System.nanoTime() - start) / 1e9,
				settings.display(report));
		return 0;
	}

	private static String lastGateway(LabResults results) {
		return results.gateways().values().stream().reduce((first, second) -> second).orElse("-");
	}

	/**
	 * The processor, cores and load, for the report.
	 */
	static String machine() {
		String cpu = "unknown CPU";
		try {
			cpu = Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter((line) -> line.startsWith("model name"))
				.findFirst()
				.map((line) -> line.substring(line.indexOf(':') + 1).trim())
				.orElse(cpu);
		}
		catch (IOException ex) {
			// not Linux: the rest still says something
		}
		return String.format(Locale.ROOT, "%s, %d cores, %s %s, Java %s, load average %.2f", cpu,
				Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
				System.getProperty("os.version"), System.getProperty("java.version"),
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

}
