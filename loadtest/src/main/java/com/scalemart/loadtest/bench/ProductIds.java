package com.scalemart.loadtest.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.scalemart.loadtest.simulation.RankedIds;

/**
 * Reads the catalog's first N product ids from its database (with the environment the
 * running catalog has) into the file the browse simulation maps ranks onto.
 */
public final class ProductIds {

	private ProductIds() {
	}

	/**
	 * @param catalogEnv the catalog's environment
	 * ({@code ./scalemart env catalog-service})
	 * @param count how many ids
	 * @param file where to write them
	 * @return how many ids there were (fewer than asked if the catalog is smaller)
	 */
	public static int export(Map<String, String> catalogEnv, int count, Path file) {
		String url = catalogEnv.get("SPRING_DATASOURCE_URL");
		if (url == null) {
			throw new IllegalStateException("the catalog's environment names no SPRING_DATASOURCE_URL");
		}
		List<Long> ids = new ArrayList<>(count);
		try (Connection connection = DriverManager.getConnection(url,
				catalogEnv.getOrDefault("SPRING_DATASOURCE_USERNAME", "root"),
				catalogEnv.getOrDefault("SPRING_DATASOURCE_PASSWORD", ""));
				PreparedStatement statement = connection
					.prepareStatement("SELECT id FROM products ORDER BY id LIMIT ?")) {
			statement.setInt(1, count);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					ids.add(rows.getLong(1));
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot read the product ids from " + url + " (" + ex.getMessage() + ")",
					ex);
		}
		RankedIds.write(ids, file);
		return ids.size();
	}

	/**
	 * @param text {@code NAME=value} lines
	 * @return the variables
	 */
	public static Map<String, String> parseEnv(String text) {
		Map<String, String> env = new java.util.LinkedHashMap<>();
		for (String line : text.split("\n")) {
			int equals = line.indexOf('=');
			if (equals > 0) {
				env.put(line.substring(0, equals), line.substring(equals + 1));
			}
		}
		return env;
	}

}
