package com.scalemart.loadtest.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import com.scalemart.loadtest.LoadTestContext;

/**
 * {@code scalemart bench <scenario>}: runs one simulation against the running platform,
 * prints its figures and the product cache's hit ratio over the run, keeps Gatling's
 * report under {@code docs/results/bench/} and appends a summary row to
 * {@code docs/results/bench.md}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
		description = "Run one load test (browse, search, account, ping) against the running platform.")
public final class BenchCommand implements Callable<Integer> {

	static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

	private final LoadTestContext context;

	@Parameters(index = "0", paramLabel = "SCENARIO", description = "browse, search, account or ping")
	Scenario scenario = Scenario.PING;

	@Option(names = "--rate", paramLabel = "R",
			description = "arrivals per second, open model (default ${DEFAULT-VALUE})")
	double rate = 200;

	@Option(names = "--duration", paramLabel = "D", description = "seconds (default ${DEFAULT-VALUE})")
	int duration = 30;

	@Option(names = "--users", paramLabel = "U",
			description = "concurrent users: switches to the closed model (as many requests as U users can make)")
	Integer users;

	@Option(names = "--target", paramLabel = "T", description = "gateway (default) or catalog: where requests go")
	Target target = Target.GATEWAY;

	@Option(names = "--products", paramLabel = "N",
			description = "browse draws ids from 1..N, seeded first if missing (default ${DEFAULT-VALUE})")
	int products = 100_000;

	@Option(names = "--seed", paramLabel = "S", description = "random seed of the draws (default ${DEFAULT-VALUE})")
	long seed = 42;

	public BenchCommand(LoadTestContext context) {
		this.context = context;
	}

	@Override
	public Integer call() {
		validate();
		Platform platform = this.context.platform();
		platform.requireReady(this.target.service());
		String catalogUrl = platform.url("catalog-service");
		if (this.scenario == Scenario.ACCOUNT && this.target == Target.CATALOG) {
			throw new IllegalArgumentException("the account scenario runs against the gateway: drop --target catalog");
		}
		Map<String, String> properties = properties(platform.url(this.target.service()));
		if (this.scenario.needsProducts()) {
			ensureProducts(platform, catalogUrl);
			Path idsFile = this.context.home().resolve("loadtest/target/product-ids.txt");
			ProductIds.export(ProductIds.parseEnv(this.context.scalemart("env", "catalog-service")), this.products,
					idsFile);
			properties.put("idsFile", idsFile.toString());
		}
		CacheCounters before = CacheCounters.from(platform.scrape(catalogUrl));
		Path results = this.context.home().resolve("loadtest/target/gatling");
		GatlingRunner.Result result = this.context.gatling().run(this.scenario.simulation(), properties, results);
		CacheCounters during = CacheCounters.from(platform.scrape(catalogUrl)).minus(before);
		Instant now = Instant.now();
		String folder = this.scenario.id() + "-" + this.target.id() + "-" + STAMP.format(now);
		Path kept = this.context.home().resolve("docs/results/bench").resolve(folder);
		OptionalDouble hitRatio = (this.scenario == Scenario.BROWSE) ? during.hitRatio() : OptionalDouble.empty();
		BenchSummary summary = new BenchSummary(now, commandLine(), Machine.describe(), result.stats(), hitRatio,
				result.reportDir().isPresent() ? "bench/" + folder + "/index.html" : "");
		result.reportDir().ifPresent((report) -> keep(report, kept, summary));
		summary.appendTo(this.context.home().resolve("docs/results/bench.md"));
		this.context.out().println();
		this.context.out().println(this.scenario.id() + " via " + this.target.id() + ": " + summary.oneLine());
		if (result.stats().errors().keySet().stream().anyMatch((error) -> error.contains("found 429"))) {
			this.context.out()
				.println("Some requests were rate-limited (429) by the gateway: start the platform with higher limits, "
						+ "e.g. SCALEMART_GATEWAY_LIMITS_CATALOG_REPLENISH_RATE=100000 "
						+ "SCALEMART_GATEWAY_LIMITS_CATALOG_BURST_CAPACITY=100000 ./scalemart up (see docs/loadtest.md)");
		}
		result.reportDir()
			.ifPresent((report) -> this.context.out()
				.println("Report: " + this.context.home().relativize(kept.resolve("index.html"))
						+ "; summary appended to " + "docs/results/bench.md"));
		return (result.stats().failed() == 0) ? 0 : 1;
	}

	void validate() {
		if (this.rate <= 0 || this.duration <= 0 || this.products <= 0 || (this.users != null && this.users <= 0)) {
			throw new IllegalArgumentException("--rate, --duration, --users and --products must be positive");
		}
	}

	Map<String, String> properties(String baseUrl) {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("baseUrl", baseUrl);
		properties.put("rate", Double.toString(this.rate));
		properties.put("duration", Integer.toString(this.duration));
		properties.put("model", (this.users != null) ? "closed" : "open");
		if (this.users != null) {
			properties.put("users", Integer.toString(this.users));
		}
		properties.put("products", Integer.toString(this.products));
		properties.put("seed", Long.toString(this.seed));
		properties.put("pingPath", this.target.pingPath());
		return properties;
	}

	String commandLine() {
		List<String> parts = new ArrayList<>(List.of("./scalemart", "bench", this.scenario.id()));
		if (this.users != null) {
			parts.add("--users " + this.users);
		}
		else {
			parts.add("--rate " + BenchSummary.ms(this.rate));
		}
		parts.add("--duration " + this.duration);
		parts.add("--target " + this.target.id());
		if (this.scenario.needsProducts()) {
			parts.add("--products " + this.products);
		}
		return String.join(" ", parts);
	}

	private void ensureProducts(Platform platform, String catalogUrl) {
		long count = platform.productCount(catalogUrl);
		if (count < this.products) {
			this.context.out()
				.printf("The catalog holds %,d products, fewer than %,d: seeding first.%n", count, this.products);
			this.context.scalemart("seed", "--products", Integer.toString(this.products));
		}
	}

	private void keep(Path report, Path kept, BenchSummary summary) {
		try {
			Files.createDirectories(kept.getParent());
			Files.move(report, kept);
			// the raw log is bulky and the report already holds its figures
			Files.deleteIfExists(kept.resolve("simulation.log"));
			Files.writeString(kept.resolve("summary.txt"), summary.command() + "\n" + summary.oneLine() + "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot keep the report in " + kept, ex);
		}
	}

}
