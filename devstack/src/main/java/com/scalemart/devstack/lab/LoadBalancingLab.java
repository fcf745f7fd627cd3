package com.scalemart.devstack.lab;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import com.scalemart.devstack.DevStackException;
import com.scalemart.devstack.config.HostPort;
import com.scalemart.devstack.config.Settings;
import com.scalemart.devstack.nginx.Balancing;
import com.scalemart.devstack.nginx.Nginx;
import com.scalemart.devstack.nginx.NginxBinary;
import com.scalemart.devstack.nginx.NginxConfig;
import com.scalemart.devstack.state.StackState;
import com.scalemart.devstack.state.StateEntry;

/**
 * The lab's runs, one after the other, against the running platform's gateways through an
 * NGINX of its own (its own port and prefix; the platform's NGINX, if any, is left
 * alone).
 */
final class LoadBalancingLab {

	static final List<Integer> CONNECTIONS = List.of(1, 2, 4, 8, 16, 32, 64, 128, 256);

	/**
	 * Below the knee of this machine's curve (see the concurrency sweep): beyond it the
	 * gateways' circuit breakers open and answer 503, which measures overload, not
	 * balancing.
	 */
	static final int LOAD_CONNECTIONS = 16;

	/**
	 * NGINX against direct at a load that fails nothing, so that only the hop differs.
	 */
	static final int OVERHEAD_CONNECTIONS = 8;

	private final Settings settings;

	private final StackState state;

	private final LabOptions options;

	private final PrintStream out;

	private final Wrk wrk;

	private final List<StateEntry> gateways;

	LoadBalancingLab(Settings settings, StackState state, LabOptions options, PrintStream out, Wrk wrk) {
		this.settings = settings;
		this.state = state;
		this.options = options;
		this.out = out;
		this.wrk = wrk;
		this.gateways = state.entries()
			.stream()
			.filter((entry) -> entry.isService() && entry.name().matches("gateway(-\\d+)?"))
			.sorted(Comparator.comparingInt(StateEntry::port))
			.toList();
		if (this.gateways.size() < 2) {
			throw new DevStackException("the lab balances two or more gateways, and " + this.gateways.size()
					+ " runs: restart with ./scalemart up --instances gateway=3");
		}
	}

	LabResults run() {
		Map<String, String> names = new LinkedHashMap<>();
		this.gateways.forEach((gateway) -> names.put(address(gateway), gateway.name()));
		HostPort listen = new HostPort("127.0.0.1", this.options.nginxPort());
		NginxConfig base = NginxConfig
			.of(listen, this.gateways.stream().map((g) -> new HostPort("127.0.0.1", g.port())).toList(),
					Balancing.parse("round_robin"), this.settings.stateDir().resolve("lab-lb/nginx"))
			.withAccessLog(this.settings.stateDir().resolve("lab-lb/nginx/logs/access.log") + " scalemart");
		NginxBinary binary = NginxBinary.require(this.settings.env());
		String url = "http://" + listen + this.options.path();
		try (Nginx nginx = Nginx.start(binary, Nginx.template(this.settings.home()), base,
				this.settings.logsDir().resolve("lab-lb-nginx.log"))) {
			AccessLog log = new AccessLog(this.settings.stateDir().resolve("lab-lb/nginx/logs/access.log"));
			step("warming up every gateway");
			this.wrk.run(url, LOAD_CONNECTIONS, this.options.warmUp());
			List<LabResults.AlgorithmRun> algorithms = algorithms(nginx, base, log, url, names);
			step("one gateway, direct and through NGINX, in turn, twice");
			reload(nginx, new NginxConfig(listen, List.of(base.upstreams().get(0)), base.balancing(), base.maxFails(),
					base.failTimeoutSeconds(), base.prefix(), base.accessLog(), 0));
			String directUrl = "http://127.0.0.1:" + this.gateways.get(0).port() + this.options.path();
			List<WrkResult> directRuns = new ArrayList<>();
			List<WrkResult> nginxRuns = new ArrayList<>();
			for (int round = 0; round < 2; round++) {
				directRuns.add(this.wrk.run(directUrl, OVERHEAD_CONNECTIONS, this.options.run()));
				nginxRuns.add(this.wrk.run(url, OVERHEAD_CONNECTIONS, this.options.run()));
			}
			WrkResult direct = WrkResult.mean(directRuns);
			WrkResult viaNginx = WrkResult.mean(nginxRuns);
			List<LabResults.ConcurrencyRun> concurrency = new ArrayList<>();
			reload(nginx, base.withBalancing(Balancing.parse("least_conn")));
			for (int connections : CONNECTIONS) {
				step("least_conn at " + connections + " connection(s)");
				concurrency.add(new LabResults.ConcurrencyRun(connections,
						this.wrk.run(url, connections, this.options.sweepRun())));
			}
			step("ip_hash affinity: clients on 127.0.0.x and on other /24s");
			reload(nginx, base.withBalancing(Balancing.parse("ip_hash")));
			Map<String, Set<String>> sameSubnet = AffinityProbe.probe(
					IntStream.rangeClosed(2, 9).mapToObj((i) -> "127.0.0." + i).toList(), listen.host(), listen.port(),
					this.options.path(), 5);
			Map<String, Set<String>> otherSubnets = AffinityProbe.probe(
					IntStream.rangeClosed(1, 8).mapToObj((i) -> "127.0." + i + ".1").toList(), listen.host(),
					listen.port(), this.options.path(), 5);
			LabResults.KillRun kill = kill(nginx, base, log, url);
			return new LabResults(names, algorithms, direct, viaNginx, concurrency, named(sameSubnet, names),
					named(otherSubnets, names), kill);
		}
	}

	private List<LabResults.AlgorithmRun> algorithms(Nginx nginx, NginxConfig base, AccessLog log, String url,
			Map<String, String> names) {
		List<LabResults.AlgorithmRun> runs = new ArrayList<>();
		StateEntry slow = this.gateways.get(this.gateways.size() - 1);
		for (String algorithm : List.of("round_robin", weighted(), "least_conn", "ip_hash", "random_two")) {
			reload(nginx, base.withBalancing(Balancing.parse(algorithm)));
			for (boolean slowed : List.of(false, true)) {
				step(algorithm + (slowed ? ", " + slow.name() + " slowed" : ", equal gateways"));
				log.mark();
				WrkResult result;
				if (slowed) {
					try (Slowdown slowdown = Slowdown.start(slow.pid(), Duration.ofMillis(75),
							Duration.ofMillis(100))) {
						result = this.wrk.run(url, LOAD_CONNECTIONS, this.options.run());
					}
				}
				else {
					result = this.wrk.run(url, LOAD_CONNECTIONS, this.options.run());
				}
				runs.add(new LabResults.AlgorithmRun(algorithm, slowed, result, shares(log, names)));
			}
		}
		return runs;
	}

	/**
	 * 3:2:1 for three gateways; for more or fewer, N down to 1.
	 */
	private String weighted() {
		int count = this.gateways.size();
		return "weighted:"
				+ String.join(",", IntStream.range(0, count).mapToObj((i) -> Integer.toString(count - i)).toList());
	}

	private LabResults.KillRun kill(Nginx nginx, NginxConfig base, AccessLog log, String url) {
		int port = this.gateways.get(this.gateways.size() - 1).port() + 100;
		step("starting a gateway of the lab's own on port " + port + ", to kill");
		try (LabGateway victim = new LabGateway(this.settings, this.state, port)) {
			victim.startAndAwaitReady();
			List<HostPort> upstreams = new ArrayList<>(base.upstreams());
			upstreams.add(new HostPort("127.0.0.1", port));
			reload(nginx, new NginxConfig(base.listen(), upstreams, base.balancing(), base.maxFails(),
					base.failTimeoutSeconds(), base.prefix(), base.accessLog(), 0));
			log.mark();
			AtomicBoolean loading = new AtomicBoolean(true);
			AtomicLong requests = new AtomicLong();
			AtomicLong failed = new AtomicLong();
			Thread load = Thread.ofPlatform().name("lab-load").start(() -> {
				while (loading.get()) {
					WrkResult chunk = this.wrk.run(url, LOAD_CONNECTIONS, Duration.ofSeconds(2));
					requests.addAndGet(chunk.requests());
					failed.addAndGet(chunk.failures());
				}
			});
			pause(this.options.run().dividedBy(2));
			step("kill -9 of the lab's gateway under load, then a restart");
			long killedAt = victim.kill();
			long readyAt = victim.startAndAwaitReady();
			pause(Duration.ofSeconds(5));
			loading.set(false);
			join(load);
			return killFigures(log.sinceMark(), "127.0.0.1:" + port, killedAt, readyAt, requests.get(), failed.get());
		}
	}

	static LabResults.KillRun killFigures(List<AccessLog.Entry> entries, String victim, long killedAt, long readyAt,
			long requests, long failed) {
		long out = -1;
		long backIn = -1;
		long retried = 0;
		long served5xx = 0;
		for (AccessLog.Entry entry : entries) {
			if (entry.status() >= 500) {
				served5xx++;
			}
			boolean triedVictimFirst = entry.tried().size() > 1 && entry.tried().get(0).equals(victim);
			if (triedVictimFirst && entry.epochMillis() >= killedAt) {
				retried++;
				if (out < 0) {
					out = entry.epochMillis() - killedAt;
				}
			}
			if (backIn < 0 && entry.epochMillis() >= readyAt && entry.servedBy().equals(victim)
					&& entry.status() < 500) {
				backIn = entry.epochMillis() - readyAt;
			}
		}
		return new LabResults.KillRun(requests, failed, served5xx, retried, out, readyAt - killedAt, backIn);
	}

	private static Map<String, Long> shares(AccessLog log, Map<String, String> names) {
		Map<String, Long> shares = new TreeMap<>();
		names.values().forEach((name) -> shares.put(name, 0L));
		for (AccessLog.Entry entry : log.sinceMark()) {
			shares.merge(names.getOrDefault(entry.servedBy(), entry.servedBy()), 1L, Long::sum);
		}
		return shares;
	}

	private static Map<String, Set<String>> named(Map<String, Set<String>> byAddress, Map<String, String> names) {
		Map<String, Set<String>> result = new LinkedHashMap<>();
		byAddress.forEach((client, served) -> result.put(client,
				new java.util.TreeSet<>(served.stream().map((a) -> names.getOrDefault(a, a)).toList())));
		return result;
	}

	private void reload(Nginx nginx, NginxConfig next) {
		nginx.reload(next);
		// the old workers hand over: new connections get the new configuration
		pause(Duration.ofMillis(500));
	}

	private void step(String what) {
		this.out.println("  " + what + "…");
		this.out.flush();
	}

	private static String address(StateEntry gateway) {
		return "127.0.0.1:" + gateway.port();
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DevStackException("interrupted");
		}
	}

	private static void join(Thread thread) {
		try {
			thread.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DevStackException("interrupted");
		}
	}

}
