package com.scalemart.platform.data.shard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/**
 * The directory's tables ({@code shards}, {@code shard_set_version},
 * {@code shard_directory}, {@code reshard_jobs}, {@code reshard_moves}), created if
 * missing. Applications call it from a migration of their directory database, so the
 * tables are defined in one place.
 */
public final class ShardSchema {

	private static final String RESOURCE = "directory.sql";

	private ShardSchema() {
	}

	/**
	 * Creates the directory's tables that do not exist yet.
	 * @param connection a connection to the directory database
	 * @throws SQLException if a statement fails
	 */
	public static void createDirectoryTables(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String sql : statements()) {
				statement.execute(sql);
			}
		}
	}

	static List<String> statements() {
		try (InputStream in = ShardSchema.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the classpath");
			}
			String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			String withoutComments = script.lines()
				.filter((line) -> !line.strip().startsWith("--"))
				.reduce("", (a, b) -> a + "\n" + b);
			return Arrays.stream(withoutComments.split(";"))
				.map(String::strip)
				.filter((sql) -> !sql.isEmpty())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
