package com.scalemart.platform.engines;

import java.io.BufferedReader;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs the output of {@code mariadb-dump} statement by statement over JDBC, as the
 * {@code mariadb} client would: the client unpacked with the embedded server needs a
 * terminal library that many machines lack.
 * <p>
 * A dump writes every statement so that it ends a line with the current delimiter
 * ({@code ;}, or what a {@code DELIMITER} line sets for routines and triggers), and
 * escapes line breaks inside strings, so a statement ends exactly at a line that ends
 * with the delimiter.
 */
final class DumpScript {

	private DumpScript() {
	}

	/**
	 * Executes every statement of the dump.
	 * @param dump the dump's text
	 * @param statement where to execute them
	 * @return how many statements were executed
	 * @throws IOException if the dump cannot be read
	 * @throws SQLException if a statement fails
	 */
	static int run(BufferedReader dump, Statement statement) throws IOException, SQLException {
		String delimiter = ";";
		StringBuilder current = new StringBuilder();
		int executed = 0;
		for (String line = dump.readLine(); line != null; line = dump.readLine()) {
			if (current.isEmpty()) {
				String trimmed = line.strip();
				if (trimmed.isEmpty() || trimmed.startsWith("-- ") || trimmed.equals("--")) {
					continue;
				}
				if (trimmed.regionMatches(true, 0, "DELIMITER ", 0, 10)) {
					delimiter = trimmed.substring(10).strip();
					continue;
				}
			}
			String trimmedEnd = line.stripTrailing();
			if (trimmedEnd.endsWith(delimiter)) {
				current.append(trimmedEnd, 0, trimmedEnd.length() - delimiter.length());
				String sql = current.toString().strip();
				current.setLength(0);
				if (!sql.isEmpty()) {
					statement.execute(sql);
					executed++;
				}
			}
			else {
				current.append(line).append('\n');
			}
		}
		if (!current.toString().isBlank()) {
			statement.execute(current.toString());
			executed++;
		}
		return executed;
	}

}
