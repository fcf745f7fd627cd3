package com.scalemart.devstack.lab;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one wrk run measured.
 *
 * @param requests requests completed
 * @param throughput requests per second
 * @param p50Millis median latency
 * @param p99Millis 99th percentile latency
 * @param non2xx answers that were not 2xx or 3xx
 * @param socketErrors connect, read, write errors and timeouts
 */
record WrkResult(long requests, double throughput, double p50Millis, double p99Millis, long non2xx, long socketErrors) {

	private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");

	private static final Pattern THROUGHPUT = Pattern.compile("Requests/sec:\\s+([\\d.]+)");

	private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

	private static final Pattern SOCKET_ERRORS = Pattern
		.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

	/**
	 * Reads wrk's report (run with {@code --latency}).
	 * @param output what wrk printed
	 * @return the figures
	 * @throws IllegalArgumentException if the output is not a wrk report
	 */
	static WrkResult parse(String output) {
		Matcher socket = SOCKET_ERRORS.matcher(output);
		long socketErrors = 0;
		if (socket.find()) {
			for (int group = 1; group <= 4; group++) {
				socketErrors += Long.parseLong(socket.group(group));
			}
		}
		Matcher non2xx = NON_2XX.matcher(output);
		return new WrkResult(Long.parseLong(required(REQUESTS, output)),
				Double.parseDouble(required(THROUGHPUT, output)), percentile(output, "50"), percentile(output, "99"),
				non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0, socketErrors);
	}

	/**
	 * The mean of runs of equal length, to even out a busy machine's drift.
	 * @param runs the runs
	 * @return the mean of each figure (requests and failures summed)
	 */
	static WrkResult mean(java.util.List<WrkResult> runs) {
		return new WrkResult(runs.stream().mapToLong(WrkResult::requests).sum(),
				runs.stream().mapToDouble(WrkResult::throughput).average().orElse(0),
				runs.stream().mapToDouble(WrkResult::p50Millis).average().orElse(0),
				runs.stream().mapToDouble(WrkResult::p99Millis).average().orElse(0),
				runs.stream().mapToLong(WrkResult::non2xx).sum(),
				runs.stream().mapToLong(WrkResult::socketErrors).sum());
	}

	long failures() {
		return this.non2xx + this.socketErrors;
	}

	/**
	 * Requests per second that got a 2xx or 3xx: an instant 502 is no throughput.
	 * @return the successful requests per second
	 */
	double successThroughput() {
		return (this.requests == 0) ? 0 : this.throughput * Math.max(0, this.requests - this.non2xx) / this.requests;
	}

	private static String required(Pattern pattern, String output) {
		Matcher matcher = pattern.matcher(output);
		if (!matcher.find()) {
			throw new IllegalArgumentException("not a wrk report (no '" + pattern.pattern() + "'): " + output.strip());
		}
		return matcher.group(1);
	}

	private static double percentile(String output, String percent) {
		Matcher matcher = Pattern.compile("^\\s+" + percent + "%\\s+([\\d.]+)(us|ms|s)\\s*$", Pattern.MULTILINE)
			.matcher(output);
		if (!matcher.find()) {
			throw new IllegalArgumentException("not a wrk report with --latency (no " + percent + "%)");
		}
		double value = Double.parseDouble(matcher.group(1));
		return switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
			case "us" -> value / 1000;
			case "s" -> value * 1000;
			default -> value;
		};
	}

}
