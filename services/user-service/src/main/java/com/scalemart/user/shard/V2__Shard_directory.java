package com.scalemart.user.shard;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import com.scalemart.platform.data.shard.ShardSchema;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.springframework.stereotype.Component;

/**
 * Turns the users database into the directory of the sharded users: the shard set, the
 * directory and the resharding jobs (tables defined by platform-data's
 * {@link ShardSchema}), the global email lookup, and no {@code users} table: users live
 * on the shards from now on. An unsharded install that has accounts stops here with a
 * message instead of losing them.
 */
@Component
class V2__Shard_directory extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		ShardSchema.createDirectoryTables(connection);
		try (Statement statement = connection.createStatement()) {
			// Email is unique across all shards because it is unique here; login finds
			// the user's id, then its shard, without asking every shard.
			statement.execute("""
					CREATE TABLE user_emails (
					    email       VARCHAR(254) NOT NULL PRIMARY KEY,
					    user_id     UUID         NOT NULL,
					    reserved_at DATETIME(6)  NOT NULL,
					    CONSTRAINT uk_user_emails_user UNIQUE (user_id)
					) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci""");
			try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM users")) {
				rows.next();
				long accounts = rows.getLong(1);
				if (accounts > 0) {
					throw new IllegalStateException(("the unsharded users table holds %d accounts; this version keeps"
							+ " users on shards: start from an empty users database (./scalemart down, then remove"
							+ " .scalemart/data) or move them first")
						.formatted(accounts));
				}
			}
			statement.execute("DROP TABLE users");
		}
	}

}
