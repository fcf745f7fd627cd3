package com.scalemart.devstack.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.scalemart.devstack.DevStackException;

/**
 * Writes {@code docs/results/lb-lab.md} and its two charts.
 */
final class LabReport {

	private LabReport() {
	}

	static Path write(LabResults results, Path dir, String command, String machine, String slowed) {
		try {
			Files.createDirectories(dir);
			charts(results, dir);
			Path file = dir.resolve("lb-lab.md");
			Files.writeString(file, markdown(results, command, machine, slowed));
			return file;
		}
		catch (IOException ex) {
			throw new DevStackException("cannot write the report to " + dir + ": " + ex.getMessage(), ex);
		}
	}

	static String markdown(LabResults results, String command, String machine, String slowed) {
		StringBuilder md = new StringBuilder();
		md.append("# Load-balancing lab: NGINX in front of ").append(results.gateways().size()).append(" gateways\n\n");
		md.append("Command: `").append(command).append("`  \n");
		md.append("Run: ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append("  \n");
		md.append("Machine: ").append(machine).append("\n\n");
		md.append("Load: wrk, ")
			.append(LoadBalancingLab.LOAD_CONNECTIONS)
			.append(" connections, closed loop (each connection sends its next request when the last ")
			.append("is answered), GET through NGINX to the gateways and on to the catalog. Shares come from ")
			.append("NGINX's access log (the gateway that answered). The slowed gateway (")
			.append(slowed)
			.append(") is stopped (SIGSTOP) 75 ms of every 100 ms, the way a CPU quota throttles a process: ")
			.append("the gateway has no fault filter of its own.\n\n");
		md.append("## Algorithms\n\n");
		md.append("| algorithm | gateways | 2xx/s | p50 ms | p99 ms | failed | share per gateway |\n");
		md.append("|---|---|---:|---:|---:|---:|---|\n");
		for (LabResults.AlgorithmRun run : results.algorithms()) {
			long total = run.shares().values().stream().mapToLong(Long::longValue).sum();
			md.append(String.format(Locale.ROOT, "| %s | %s | %.0f | %.1f | %.1f | %d | %s |%n", run.algorithm(),
					run.slowed() ? slowed + " slowed" : "equal", run.result().successThroughput(),
					run.result().p50Millis(), run.result().p99Millis(), run.result().failures(),
					run.shares()
						.entrySet()
						.stream()
						.map((e) -> String.format(Locale.ROOT, "%s %.1f%%", e.getKey(),
								(total > 0) ? 100.0 * e.getValue() / total : 0))
						.collect(Collectors.joining(", "))));
		}
		md.append("\n![throughput and p99 per algorithm](lb-lab-algorithms.png)\n\n");
		md.append("## NGINX in front of one gateway, against the gateway alone\n\n");
		md.append("wrk with ")
			.append(LoadBalancingLab.OVERHEAD_CONNECTIONS)
			.append(" connections, direct then through NGINX, twice in turn; the mean of each.\n\n");
		double overhead = 100 * (1 - results.viaNginx().successThroughput() / results.direct().successThroughput());
		md.append("| path | 2xx/s | p50 ms | p99 ms | failed |\n|---|---:|---:|---:|---:|\n");
		md.append(row("direct", results.direct())).append(row("through NGINX", results.viaNginx()));
		md.append(String.format(Locale.ROOT,
				"%nThroughput lost to NGINX: %.1f%% (target: at most 15%%; NGINX shares the two cores with the load "
						+ "generator and every JVM).%n%n",
				overhead));
		md.append("## Throughput against concurrency (least_conn)\n\n");
		md.append("| connections | 2xx/s | p50 ms | p99 ms | failed |\n|---:|---:|---:|---:|---:|\n");
		for (LabResults.ConcurrencyRun run : results.concurrency()) {
			md.append(row(Integer.toString(run.connections()), run.result()));
		}
		md.append("\n![throughput and p99 against connections](lb-lab-concurrency.png)\n\n");
		md.append("## Affinity with ip_hash\n\n");
		md.append("NGINX hashes the first three octets of an IPv4 client address: clients that differ only in the ")
			.append("last octet are one client to it.\n\n");
		md.append("| clients | gateways per client (5 requests each) |\n|---|---|\n");
		md.append("| 127.0.0.2 … 127.0.0.9 | ").append(affinity(results.sameSubnet())).append(" |\n");
		md.append("| 127.0.1.1 … 127.0.8.1 | ").append(affinity(results.otherSubnets())).append(" |\n\n");
		LabResults.KillRun kill = results.kill();
		md.append("## kill -9 of a gateway under load\n\n");
		md.append("A fourth gateway of the lab's own joins the round robin, is killed with SIGKILL under the GET ")
			.append("load, and started again (max_fails=3, fail_timeout=2s, proxy_next_upstream error timeout ")
			.append("http_502 http_504).\n\n");
		md.append(
				"| requests | failed | 5xx logged | retried on another gateway | out after | restarted and ready after | back in after ready |\n");
		md.append("|---:|---:|---:|---:|---:|---:|---:|\n");
		md.append(String.format(Locale.ROOT, "| %d | %d | %d | %d | %s | %.1f s | %s |%n", kill.requests(),
				kill.failed(), kill.served5xx(), kill.retried(), millis(kill.outMillis()),
				kill.restartMillis() / 1000.0, millis(kill.backInMillis())));
		md.append("\n2xx/s counts only successful answers: when NGINX has no live gateway left it answers 502 ")
			.append("at once, which wrk would count as throughput. Failed is non-2xx answers plus socket errors.\n");
		md.append("\n\"Out after\" is the time from the kill to the first request NGINX tried on the dead gateway ")
			.append("and answered from another: from then on it is out for fail_timeout, then tried again by one ")
			.append("request at a time.\n");
		return md.toString();
	}

	private static String row(String label, WrkResult result) {
		return String.format(Locale.ROOT, "| %s | %.0f | %.1f | %.1f | %d |%n", label, result.successThroughput(),
				result.p50Millis(), result.p99Millis(), result.failures());
	}

	private static String affinity(Map<String, Set<String>> served) {
		return served.entrySet()
			.stream()
			.map((e) -> e.getKey() + " → " + String.join("+", e.getValue()))
			.collect(Collectors.joining(", "));
	}

	private static String millis(long millis) {
		return (millis < 0) ? "not seen" : millis + " ms";
	}

	private static void charts(LabResults results, Path dir) {
		List<String> algorithms = results.algorithms()
			.stream()
			.filter((run) -> !run.slowed())
			.map((run) -> run.algorithm().startsWith("weighted") ? "weighted" : run.algorithm())
			.toList();
		List<Double> equalThroughput = values(results, false, true);
		List<Double> slowedThroughput = values(results, true, true);
		Charts.bars(dir.resolve("lb-lab-algorithms.png"), algorithms, List.of("equal gateways", "one slowed"),
				List.of(new Charts.Panel("2xx responses/s", List.of(equalThroughput, slowedThroughput)),
						new Charts.Panel("p99 latency, ms",
								List.of(values(results, false, false), values(results, true, false)))));
		Charts.lines(dir.resolve("lb-lab-concurrency.png"),
				results.concurrency().stream().map((run) -> Integer.toString(run.connections())).toList(),
				List.of(new Charts.Panel("2xx responses/s (least_conn)", List
					.of(results.concurrency().stream().map((run) -> run.result().successThroughput()).toList())),
						new Charts.Panel("p99 latency, ms", List
							.of(results.concurrency().stream().map((run) -> run.result().p99Millis()).toList()))));
	}

	private static List<Double> values(LabResults results, boolean slowed, boolean throughput) {
		return results.algorithms()
			.stream()
			.filter((run) -> run.slowed() == slowed)
			.map((run) -> throughput ? run.result().successThroughput() : run.result().p99Millis())
			.toList();
	}

}
