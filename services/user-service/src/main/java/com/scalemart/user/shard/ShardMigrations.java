package com.scalemart.user.shard;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * Brings a shard's schema up to date with the migrations under {@code db/shard}: at start
 * for every registered shard, and for a new one before it joins.
 */
final class ShardMigrations {

	private ShardMigrations() {
	}

	static void migrate(DataSource shard) {
		Flyway.configure().dataSource(shard).locations("classpath:db/shard").load().migrate();
	}

}
