package com.scalemart.loadtest.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A scrape of {@code /actuator/prometheus}, in the text exposition format: samples by
 * metric name and labels. Only what the figures need: no types, help or timestamps.
 */
public final class PrometheusText {

	private final List<Sample> samples;

	private PrometheusText(List<Sample> samples) {
		this.samples = List.copyOf(samples);
	}

	/**
	 * Parses a scrape; comments and lines that are not samples are skipped.
	 * @param text the scrape
	 * @return the samples
	 */
	public static PrometheusText parse(String text) {
		List<Sample> samples = new ArrayList<>();
		for (String raw : text.split("\n")) {
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			Sample sample = sample(line);
			if (sample != null) {
				samples.add(sample);
			}
		}
		return new PrometheusText(samples);
	}

	/**
	 * Adds up the samples of a metric whose labels include the given ones.
	 * @param name the metric, e.g. {@code scalemart_cache_hits_total}
	 * @param labels labels the samples must have, e.g. {@code level=l1}
	 * @return the sum, 0 if there is no such sample
	 */
	public double sum(String name, Map<String, String> labels) {
		return this.samples.stream()
			.filter((sample) -> sample.name().equals(name))
			.filter((sample) -> sample.labels().entrySet().containsAll(labels.entrySet()))
			.mapToDouble(Sample::value)
			.sum();
	}

	public List<Sample> samples() {
		return this.samples;
	}

	private static @Nullable Sample sample(String line) {
		int brace = line.indexOf('{');
		int space;
		String name;
		Map<String, String> labels = new LinkedHashMap<>();
		if (brace >= 0 && brace < line.indexOf(' ')) {
			name = line.substring(0, brace);
			int close = labels(line, brace + 1, labels);
			if (close < 0) {
				return null;
			}
			space = close + 1;
		}
		else {
			space = line.indexOf(' ');
			if (space < 0) {
				return null;
			}
			name = line.substring(0, space);
		}
		String[] rest = line.substring(space).strip().split("\\s+");
		try {
			return new Sample(name, labels, value(rest[0]));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** Reads {@code a="x",b="y"} up to the closing brace; returns its index. */
	private static int labels(String line, int start, Map<String, String> labels) {
		int i = start;
		while (i < line.length()) {
			char c = line.charAt(i);
			if (c == '}') {
				return i;
			}
			if (c == ',' || c == ' ') {
				i++;
				continue;
			}
			int equals = line.indexOf('=', i);
			if (equals < 0 || equals + 1 >= line.length() || line.charAt(equals + 1) != '"') {
				return -1;
			}
			StringBuilder value = new StringBuilder();
			int j = equals + 2;
			while (j < line.length() && line.charAt(j) != '"') {
				if (line.charAt(j) == '\\' && j + 1 < line.length()) {
					char escaped = line.charAt(++j);
					value.append((escaped == 'n') ? '\n' : escaped);
				}
				else {
					value.append(line.charAt(j));
				}
				j++;
			}
			labels.put(line.substring(i, equals).strip(), value.toString());
			i = j + 1;
		}
		return -1;
	}

	private static double value(String text) {
		return switch (text) {
			case "+Inf" -> Double.POSITIVE_INFINITY;
			case "-Inf" -> Double.NEGATIVE_INFINITY;
			case "NaN" -> Double.NaN;
			default -> Double.parseDouble(text);
		};
	}

	/**
	 * One sample.
	 *
	 * @param name the metric name
	 * @param labels its labels
	 * @param value its value
	 */
	public record Sample(String name, Map<String, String> labels, double value) {

		public Sample {
			labels = Map.copyOf(labels);
		}

	}

}
