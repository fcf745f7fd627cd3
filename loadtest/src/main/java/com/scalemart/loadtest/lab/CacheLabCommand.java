package com.scalemart.loadtest.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import com.scalemart.loadtest.LoadTestContext;
import com.scalemart.loadtest.bench.CacheCounters;
import com.scalemart.loadtest.bench.GatlingRunner;
import com.scalemart.loadtest.bench.Machine;
import com.scalemart.loadtest.bench.Platform;
import com.scalemart.loadtest.bench.ProductIds;
import com.scalemart.loadtest.bench.PrometheusText;
import com.scalemart.loadtest.simulation.BrowseSimulation;
import com.scalemart.loadtest.simulation.PingSimulation;

/**
 * {@code scalemart lab cache}: the browse load against a fresh catalog instance per cache
 * configuration (OFF, L1_ONLY, L2_ONLY, L1_AND_L2, then L1 sizes), with Belady's optimum
 * on the same trace from the offline simulator as the reference; writes
 * {@code docs/results/cache-lab.md} and its chart.
 */
@Command(name = "cache", mixinStandardHelpOptions = true,
		description = "Browse load against the catalog with each cache level and L1 size; report with Belady's optimum.")
final class CacheLabCommand implements Callable<Integer> {

	private final LoadTestContext context;

	@Option(names = "--quick", description = "15 s per run instead of 60 (about 5 minutes in all, against about 12)")
	boolean quick;

	@Option(names = "--duration", paramLabel = "D", description = "seconds per run (default 60, 15 with --quick)")
	Integer duration;

	@Option(names = "--rate", paramLabel = "R", description = "arrivals per second (default ${DEFAULT-VALUE})")
	double rate = 300;

	@Option(names = "--products", paramLabel = "N", description = "ids drawn from 1..N (default ${DEFAULT-VALUE})")
	int products = 100_000;

	@Option(names = "--seed", paramLabel = "S", description = "the trace's seed (default ${DEFAULT-VALUE})")
	long seed = 42;

	CacheLabCommand(LoadTestContext context) {
		this.context = context;
	}

	LabSettings settings() {
		int seconds = (this.duration != null) ? this.duration : (this.quick ? 15 : 60);
		if (seconds <= 0 || this.rate <= 0 || this.products <= 0) {
			throw new IllegalArgumentException("--duration, --rate and --products must be positive");
		}
		StringBuilder command = new StringBuilder("./scalemart lab cache");
		if (this.quick) {
			command.append(" --quick");
		}
		if (this.duration != null) {
			command.append(" --duration ").append(this.duration);
		}
		command.append(" --rate ").append(Math.round(this.rate)).append(" --products ").append(this.products);
		return new LabSettings(this.products, 0.99, this.seed, this.rate, seconds, LabSettings.L1_SIZES,
				command.toString());
	}

	@Override
	public Integer call() throws Exception {
		LabSettings lab = settings();
		Platform platform = this.context.platform();
		platform.requireReady("catalog-service");
		String catalogUrl = platform.url("catalog-service");
		if (platform.productCount(catalogUrl) < lab.products()) {
			this.context.scalemart("seed", "--products", Integer.toString(lab.products()));
		}
		Map<String, String> env = ProductIds.parseEnv(this.context.scalemart("env", "catalog-service"));
		Path idsFile = this.context.home().resolve("loadtest/target/product-ids.txt");
		ProductIds.export(env, lab.products(), idsFile);
		OfflineReference reference = offline(lab);
		List<LabRun> runs = new ArrayList<>();
		Path logs = this.context.home().resolve("loadtest/target/cache-lab");
		Files.createDirectories(logs);
		for (LabRun.Config config : LabRun.plan(lab.l1Sizes(), LabSettings.DEFAULT_L1_SIZE)) {
			this.context.out().printf("%n== %s, L1 %,d entries ==%n", config.levels(), config.l1Size());
			runs.add(run(lab, config, env, platform, logs, idsFile));
		}
		Path results = this.context.home().resolve("docs/results");
		String markdown = CacheLabReport.markdown(lab, runs, reference, Machine.describe(), Instant.now());
		Files.createDirectories(results);
		Files.writeString(results.resolve("cache-lab.md"), markdown);
		CacheLabReport.chart(runs, reference, results.resolve(CacheLabReport.CHART));
		this.context.out().println();
		this.context.out().println(markdown);
		this.context.out().println("Written: docs/results/cache-lab.md and docs/results/" + CacheLabReport.CHART);
		return 0;
	}

	private LabRun run(LabSettings lab, LabRun.Config config, Map<String, String> env, Platform platform, Path logs,
			Path idsFile) throws InterruptedException {
		String redisHost = env.getOrDefault("SPRING_DATA_REDIS_HOST", "127.0.0.1");
		int redisPort = Integer.parseInt(env.getOrDefault("SPRING_DATA_REDIS_PORT", "6379"));
		RedisFlush.deleteKeys(redisHost, redisPort, LabCatalog.KEY_PREFIX);
		Path log = logs.resolve(config.levels() + "-" + config.l1Size() + ".log");
		try (LabCatalog catalog = LabCatalog.start(this.context.home(), env, config, log)) {
			catalog.awaitReady(platform, log);
			warmUp(lab, catalog.url());
			Map<String, String> properties = new LinkedHashMap<>();
			properties.put("baseUrl", catalog.url());
			properties.put("rate", Double.toString(lab.rate()));
			properties.put("duration", Integer.toString(lab.durationSeconds()));
			properties.put("products", Integer.toString(lab.products()));
			properties.put("seed", Long.toString(lab.seed()));
			properties.put("exponent", Double.toString(lab.exponent()));
			properties.put("idsFile", idsFile.toString());
			GatlingRunner.Result result = this.context.gatling()
				.run(BrowseSimulation.class, properties, this.context.home().resolve("loadtest/target/gatling-lab"));
			PrometheusText scrape = platform.scrape(catalog.url());
			return new LabRun(config.levels(), config.l1Size(), result.stats(), CacheCounters.from(scrape),
					scrape.sum("scalemart_cache_memory_estimated_bytes", Map.of("cache", "products")),
					scrape.sum("jvm_memory_used_bytes", Map.of("area", "heap")));
		}
		finally {
			RedisFlush.deleteKeys(redisHost, redisPort, LabCatalog.KEY_PREFIX);
		}
	}

	/**
	 * A fresh JVM runs interpreted at first: the trivial endpoint, which reads no cache,
	 * at the run's rate lets the JIT, the pools and the connections settle before the
	 * measured run, without putting a single product in the cache.
	 */
	private void warmUp(LabSettings lab, String url) {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("baseUrl", url);
		properties.put("rate", Double.toString(lab.rate()));
		properties.put("duration", Integer.toString(lab.warmUpSeconds()));
		this.context.out().println("warming up with /api/ping for " + lab.warmUpSeconds() + " s");
		this.context.gatling()
			.run(PingSimulation.class, properties, this.context.home().resolve("loadtest/target/gatling-lab"));
	}

	private OfflineReference offline(LabSettings lab) {
		Path out = this.context.home().resolve("loadtest/target/cache-lab-offline");
		String args = String.format(java.util.Locale.ROOT, "--keys=%d --requests=%d --exponent=%s --seed=%d --out=%s",
				lab.products(), lab.requests(), lab.exponent(), lab.seed(), out);
		this.context.out().println("Offline reference: labs/cache-lab on the same trace (" + args + ")…");
		try {
			ProcessBuilder process = new ProcessBuilder(this.context.home().resolve("mvnw").toString(), "-q", "-B",
					"-ntp", "-pl", "labs/cache-lab", "compile", "exec:java", "-Dexec.args=" + args)
				.directory(this.context.home().toFile())
				.redirectErrorStream(true)
				.redirectOutput(this.context.home().resolve("loadtest/target/cache-lab-offline.log").toFile());
			// the wrapper runs Maven on JAVA_HOME, which the script may not have set
			process.environment().put("JAVA_HOME", System.getProperty("java.home"));
			Process started = process.start();
			if (started.waitFor() != 0) {
				this.context.out()
					.println("The offline simulator failed (see loadtest/target/cache-lab-offline.log): "
							+ "the report will have no Belady line.");
				return OfflineReference.NONE;
			}
			return OfflineReference.parse(Files.readAllLines(out.resolve("cache-lab-hit-ratio.md")));
		}
		catch (IOException ex) {
			this.context.out().println("The offline simulator could not run (" + ex.getMessage() + ")");
			return OfflineReference.NONE;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return OfflineReference.NONE;
		}
	}

}
