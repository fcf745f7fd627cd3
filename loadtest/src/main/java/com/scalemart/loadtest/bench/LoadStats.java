package com.scalemart.loadtest.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The figures of one Gatling run, read from the "Global Information" and "Errors" blocks
 * that Gatling prints at the end of a run (its HTML report embeds the same figures in
 * script, which is less stable to read).
 *
 * @param requests all requests
 * @param failed requests whose checks failed (KO)
 * @param p50 median response time, ms
 * @param p95 95th percentile, ms
 * @param p99 99th percentile, ms
 * @param throughput mean requests per second over the run
 * @param errors error message to count, in Gatling's order
 */
public record LoadStats(long requests, long failed, double p50, double p95, double p99, double throughput,
		Map<String, Long> errors) {

	/** {@code > name | total | OK | KO}. */
	private static final Pattern ROW = Pattern
		.compile("^> (.+?)\\s*\\|\\s*([^|]+?)\\s*\\|\\s*([^|]+?)\\s*\\|\\s*([^|]+?)\\s*$");

	private static final Pattern ERROR = Pattern.compile("^> (.+?)\\s+([\\d,]+)\\s+\\(\\s*[\\d.]+%\\)\\s*$");

	public LoadStats {
		errors = Map.copyOf(new LinkedHashMap<>(errors));
	}

	/**
	 * Reads Gatling's console output.
	 * @param lines the output, line by line
	 * @return the figures of the last "Global Information" block
	 * @throws IllegalArgumentException if there is no such block
	 */
	public static LoadStats parse(List<String> lines) {
		Map<String, String> global = new LinkedHashMap<>();
		String failed = "-";
		Map<String, Long> errors = new LinkedHashMap<>();
		String section = "";
		for (String line : lines) {
			if (line.startsWith("---- ") || line.startsWith("=====")) {
				if (line.startsWith("=====")) {
					section = "";
					continue;
				}
				section = line.substring(5).split(" -")[0].trim();
				if (section.equals("Global Information")) {
					global.clear();
					errors.clear();
				}
				continue;
			}
			if (section.equals("Global Information")) {
				Matcher row = ROW.matcher(line);
				if (row.find()) {
					global.put(row.group(1).trim(), row.group(2).trim());
					if (row.group(1).trim().equals("request count")) {
						failed = row.group(4).trim();
					}
				}
			}
			else if (section.equals("Errors")) {
				Matcher error = ERROR.matcher(line);
				if (error.find()) {
					errors.put(error.group(1).trim(), number(error.group(2)).longValue());
				}
			}
		}
		if (!global.containsKey("request count")) {
			throw new IllegalArgumentException("Gatling printed no \"Global Information\": the run did not complete");
		}
		return new LoadStats(number(global.get("request count")).longValue(), number(failed).longValue(),
				number(global.get("response time 50th percentile (ms)")),
				number(global.get("response time 95th percentile (ms)")),
				number(global.get("response time 99th percentile (ms)")), number(global.get("mean throughput (rps)")),
				errors);
	}

	private static Double number(@Nullable String value) {
		if (value == null || value.equals("-")) {
			return 0.0;
		}
		return Double.parseDouble(value.replace(",", ""));
	}

	/**
	 * @return the share of failed requests, 0 when there were none
	 */
	public double errorRatio() {
		return (this.requests != 0) ? (double) this.failed / this.requests : 0;
	}

}
