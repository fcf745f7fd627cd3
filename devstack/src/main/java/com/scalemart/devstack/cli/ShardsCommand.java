package com.scalemart.devstack.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.scalemart.devstack.DevStackException;
import com.scalemart.devstack.config.Settings;
import com.scalemart.devstack.service.AdminAccount;
import com.scalemart.devstack.service.ServiceDefinition;
import com.scalemart.devstack.service.ServiceRegistry;
import com.scalemart.devstack.table.TextTable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

/**
 * {@code scalemart shards}: the user shards of the running platform, and {@code add},
 * which adds one while the platform runs and follows the job that moves users onto it.
 * The job runs in the user service; this command only starts it and shows its progress,
 * so stopping the command does not stop the job.
 */
@Command(name = "shards", description = "Show the user shards; 'shards add' adds one while the platform runs.",
		subcommands = ShardsCommand.Add.class)
final class ShardsCommand implements Callable<Integer> {

	static final String SHARDS = "/api/admin/shards";

	private final CliContext context;

	ShardsCommand(CliContext context) {
		this.context = context;
	}

	@Override
	public Integer call() throws InterruptedException {
		Settings settings = this.context.settings(false);
		JsonNode shards = require(api(settings).get(SHARDS), "reading the shards");
		printShards(shards);
		return 0;
	}

	static AdminApi api(Settings settings) throws InterruptedException {
		ServiceDefinition users = ServiceRegistry.require(ServiceRegistry.USER_SERVICE);
		RunningPlatform.require(settings, users.name());
		return AdminApi.login(users.url(settings), AdminAccount.of(settings));
	}

	static JsonNode require(AdminApi.Answer answer, String doing) {
		if (!answer.ok()) {
			throw new DevStackException(doing + " failed: " + answer.problem());
		}
		return answer.body();
	}

	void printShards(JsonNode shards) {
		TextTable table = TextTable.withHeaders("shard", "state", "weight", "database", "users");
		for (JsonNode shard : shards.path("shards")) {
			JsonNode users = shard.path("users");
			table.row(shard.path("id").asString(), shard.path("state").asString(),
					String.format(Locale.ROOT, "%.1f", shard.path("weight").asDouble()),
					shard.path("database").asString(),
					users.isNull() || users.isMissingNode() ? "unavailable: " + shard.path("unavailable").asString("?")
							: String.format(Locale.ROOT, "%,d", users.asLong()));
		}
		this.context.out().printf("Shard set version %s%n", shards.path("version").asString());
		this.context.out().print(table.render());
		JsonNode jobs = shards.path("jobs");
		if (!jobs.isEmpty()) {
			JsonNode last = jobs.get(0);
			this.context.out()
				.printf(Locale.ROOT, "Last resharding job %s (shard %s): %s, %s of %s users moved%n",
						last.path("id").asString(), last.path("shard").asString(), last.path("phase").asString(),
						last.path("moved").asString(), last.path("planned").asString());
		}
	}

	/** {@code scalemart shards add}. */
	@Command(name = "add", description = "Add a user shard while the platform runs and follow the job that fills it.")
	static final class Add implements Callable<Integer> {

		@picocli.CommandLine.ParentCommand
		@Nullable ShardsCommand parent;

		@Option(names = "--url", paramLabel = "JDBC_URL",
				description = "the new shard's MariaDB database (default: the next scalemart_users_sN beside the others)")
		@Nullable String url;

		@Option(names = "--weight", paramLabel = "W", description = "its weight on the ring (default ${DEFAULT-VALUE})")
		double weight = 1.0;

		@Option(names = "--poll", paramLabel = "MS",
				description = "progress every MS milliseconds (default ${DEFAULT-VALUE})")
		long pollMillis = 500;

		@Override
		public Integer call() throws InterruptedException {
			ShardsCommand shards = java.util.Objects.requireNonNull(this.parent);
			Settings settings = shards.context.settings(false);
			AdminApi api = api(settings);
			JsonNode current = require(api.get(SHARDS), "reading the shards");
			String target = (this.url != null) ? this.url : nextBeside(current);
			long started = System.nanoTime();
			Map<String, Object> request = new LinkedHashMap<>();
			request.put("jdbcUrl", target);
			request.put("weight", this.weight);
			AdminApi.Answer answer = api.post(SHARDS, request);
			String jobPath;
			if (answer.status() == 409) {
				JsonNode running = current.path("jobs").path(0);
				shards.context.out().println("A resharding job runs already: following it.");
				jobPath = SHARDS + "/jobs/" + running.path("id").asString();
			}
			else {
				JsonNode job = require(answer, "adding " + target);
				shards.context.out()
					.printf("Adding shard %s at %s; job %s. The job runs in the user service: Ctrl-C stops only"
							+ " this view.%n", job.path("shard").asString(), target, job.path("id").asString());
				jobPath = SHARDS + "/jobs/" + job.path("id").asString();
			}
			JsonNode job = follow(shards, api, jobPath);
			double seconds = (System.nanoTime() - started) / 1e9;
			JsonNode fence = job.path("fence");
			shards.context.out()
				.printf(Locale.ROOT,
						"%nJob %s %s in %.1f s: %s users moved, verified %s.%nWrite fence per user: p50 %.1f ms,"
								+ " p99 %.1f ms, max %.1f ms.%n%s%n",
						job.path("id").asString(), job.path("phase").asString(), seconds, job.path("moved").asString(),
						job.path("verified").asString("no"), fence.path("p50").asDouble(), fence.path("p99").asDouble(),
						fence.path("max").asDouble(), job.path("report").asString(""));
			shards.printShards(require(api.get(SHARDS), "reading the shards"));
			boolean done = "DONE".equals(job.path("phase").asString()) && job.path("verified").asBoolean(false);
			return done ? 0 : ScaleMartCommand.FAILED;
		}

		private JsonNode follow(ShardsCommand shards, AdminApi api, String jobPath) throws InterruptedException {
			String lastLine = "";
			while (true) {
				JsonNode job = require(api.get(jobPath), "reading the job");
				String line = String.format(Locale.ROOT, "  %-10s %s/%s users moved (%.1f %%)",
						job.path("phase").asString(), job.path("moved").asString(), job.path("planned").asString(),
						job.path("percentMoved").asDouble());
				if (!line.equals(lastLine)) {
					shards.context.out().println(line);
					lastLine = line;
				}
				String phase = job.path("phase").asString();
				if (phase.equals("DONE") || phase.equals("FAILED")) {
					return job;
				}
				Thread.sleep(Math.max(50, this.pollMillis));
			}
		}

		/**
		 * The next database named like the first shard's: {@code ..._s2} after
		 * {@code _s1}.
		 */
		static String nextBeside(JsonNode shards) {
			String first = null;
			int highest = -1;
			for (JsonNode shard : shards.path("shards")) {
				String database = shard.path("database").asString();
				if (first == null) {
					first = database;
				}
				highest = Math.max(highest, shard.path("id").asInt());
			}
			if (first == null || !first.matches(".*_s\\d+$")) {
				throw new DevStackException("cannot name the next shard after " + first + ": give it with --url");
			}
			return first.replaceFirst("_s\\d+$", "_s" + (highest + 1)) + "?createDatabaseIfNotExist=true";
		}

	}

}
