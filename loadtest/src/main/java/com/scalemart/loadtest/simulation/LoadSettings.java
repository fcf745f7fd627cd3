package com.scalemart.loadtest.simulation;

import java.time.Duration;
import java.util.Locale;
import java.util.Properties;

/**
 * What every simulation reads from system properties ({@code -Dname=value}):
 * {@code baseUrl} (default {@code http://127.0.0.1:8080}), {@code rate} (requests, or for
 * the account scenario users, per second: 100), {@code duration} (seconds: 30),
 * {@code model} ({@code open}: a constant arrival rate; {@code closed}: a constant number
 * of concurrent users), {@code users} (closed model: 16), {@code products} (the ids drawn
 * from: 100,000), {@code seed} (42), {@code exponent} (Zipf skew: 0.99) and
 * {@code pingPath} ({@code /api/ping}) and {@code idsFile} (the product ids in rank
 * order, one a line; without it rank {@code r} is id {@code r}).
 *
 * @param baseUrl where requests go
 * @param rate arrivals per second in the open model
 * @param duration how long the load lasts
 * @param closed whether the model is closed
 * @param users concurrent users in the closed model
 * @param products the ids are {@code 1..products}
 * @param seed the random seed of every draw
 * @param exponent the Zipf exponent of product ids
 * @param pingPath the trivial endpoint's path
 * @param idsFile the ids by rank, or empty
 */
public record LoadSettings(String baseUrl, double rate, Duration duration, boolean closed, int users, int products,
		long seed, double exponent, String pingPath, String idsFile) {

	public LoadSettings {
		if (!baseUrl.startsWith("http://127.0.0.1:") && !baseUrl.startsWith("http://localhost:")) {
			throw new IllegalArgumentException(
					"baseUrl must be on this machine (http://127.0.0.1:PORT), got " + baseUrl);
		}
		if (rate <= 0 || users <= 0 || products <= 0 || duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException("rate, users, products and duration must be positive");
		}
	}

	/**
	 * Reads the settings.
	 * @param properties usually {@link System#getProperties()}
	 * @return the settings
	 * @throws IllegalArgumentException naming a property that is not a number
	 */
	public static LoadSettings from(Properties properties) {
		String model = properties.getProperty("model", "open").trim().toLowerCase(Locale.ROOT);
		if (!model.equals("open") && !model.equals("closed")) {
			throw new IllegalArgumentException("model must be 'open' or 'closed', got '" + model + "'");
		}
		return new LoadSettings(properties.getProperty("baseUrl", "http://127.0.0.1:8080"),
				number(properties, "rate", 100), Duration.ofSeconds((long) number(properties, "duration", 30)),
				model.equals("closed"), (int) number(properties, "users", 16),
				(int) number(properties, "products", 100_000), (long) number(properties, "seed", 42),
				number(properties, "exponent", 0.99), properties.getProperty("pingPath", "/api/ping"),
				properties.getProperty("idsFile", ""));
	}

	private static double number(Properties properties, String name, double fallback) {
		String value = properties.getProperty(name);
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return Double.parseDouble(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(name + " must be a number, got '" + value + "'", ex);
		}
	}

}
