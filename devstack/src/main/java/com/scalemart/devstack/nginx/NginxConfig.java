package com.scalemart.devstack.nginx;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.scalemart.devstack.DevStackException;
import com.scalemart.devstack.config.HostPort;

/**
 * What goes into {@code deploy/nginx/nginx.conf.template}: the upstream gateways, the
 * algorithm, the passive health check, where NGINX listens and keeps its files.
 *
 * @param listen the address clients connect to
 * @param upstreams the gateways, in order (weights follow it)
 * @param balancing the algorithm
 * @param maxFails failed attempts within {@code failTimeoutSeconds} that take a server
 * out
 * @param failTimeoutSeconds the window for those failures and how long a server stays out
 * @param prefix the directory for NGINX's pid, logs and temp files
 * @param accessLog where requests are logged, or {@code off}
 * @param workers worker processes, or 0 for one per core
 */
public record NginxConfig(HostPort listen, List<HostPort> upstreams, Balancing balancing, int maxFails,
		int failTimeoutSeconds, Path prefix, String accessLog, int workers) {

	/** The template, relative to the repository root. */
	public static final Path TEMPLATE = Path.of("deploy/nginx/nginx.conf.template");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Z_]+)}}");

	public NginxConfig {
		upstreams = List.copyOf(upstreams);
		if (upstreams.isEmpty()) {
			throw new IllegalArgumentException("NGINX needs at least one upstream");
		}
		if (!balancing.weights().isEmpty() && balancing.weights().size() != upstreams.size()) {
			throw new DevStackException("--lb " + balancing + " gives " + balancing.weights().size() + " weights for "
					+ upstreams.size() + " gateway instances: give one weight per instance");
		}
		if (maxFails < 1 || failTimeoutSeconds < 1) {
			throw new IllegalArgumentException("max_fails and fail_timeout must be at least 1");
		}
	}

	/**
	 * The defaults of a run: three failed attempts within 2 seconds take a gateway out
	 * for 2 seconds. One is too few: with 502, 503 and 504 counted as failures, a gateway
	 * that answers an occasional 503 under load is taken out, its load moves to the
	 * others, they answer 503 in turn, and NGINX ends up with no gateway at all.
	 * @param listen where clients connect
	 * @param upstreams the gateways
	 * @param balancing the algorithm
	 * @param prefix NGINX's directory
	 * @return the configuration
	 */
	public static NginxConfig of(HostPort listen, List<HostPort> upstreams, Balancing balancing, Path prefix) {
		return new NginxConfig(listen, upstreams, balancing, 3, 2, prefix,
				prefix.resolve("logs/access.log") + " scalemart buffer=64k flush=1s", 0);
	}

	public NginxConfig withAccessLog(String accessLog) {
		return new NginxConfig(this.listen, this.upstreams, this.balancing, this.maxFails, this.failTimeoutSeconds,
				this.prefix, accessLog, this.workers);
	}

	public NginxConfig withWorkers(int workers) {
		return new NginxConfig(this.listen, this.upstreams, this.balancing, this.maxFails, this.failTimeoutSeconds,
				this.prefix, this.accessLog, workers);
	}

	public NginxConfig withBalancing(Balancing balancing) {
		return new NginxConfig(this.listen, this.upstreams, balancing, this.maxFails, this.failTimeoutSeconds,
				this.prefix, this.accessLog, this.workers);
	}

	/**
	 * Fills the template in.
	 * @param template the template's text
	 * @return the configuration NGINX reads
	 * @throws IllegalArgumentException if the template names a value there is not
	 */
	public String render(String template) {
		Map<String, String> values = Map.of("WORKERS", (this.workers > 0) ? Integer.toString(this.workers) : "auto",
				"PREFIX", this.prefix.toString(), "ACCESS_LOG", this.accessLog, "LISTEN", this.listen.toString(),
				"BALANCING", this.balancing.directive().isEmpty() ? "" : "        " + this.balancing.directive(),
				"SERVERS", servers());
		Matcher matcher = PLACEHOLDER.matcher(template);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String value = values.get(matcher.group(1));
			if (value == null) {
				throw new IllegalArgumentException(
						"the NGINX template names {{" + matcher.group(1) + "}}, which the launcher does not fill in");
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private String servers() {
		StringBuilder servers = new StringBuilder();
		for (int i = 0; i < this.upstreams.size(); i++) {
			servers.append("        server ").append(this.upstreams.get(i));
			if (this.balancing.algorithm() == Balancing.Algorithm.WEIGHTED) {
				servers.append(" weight=").append(this.balancing.weight(i));
			}
			servers.append(" max_fails=")
				.append(this.maxFails)
				.append(" fail_timeout=")
				.append(this.failTimeoutSeconds)
				.append("s;");
			if (i < this.upstreams.size() - 1) {
				servers.append('\n');
			}
		}
		return servers.toString();
	}

}
