package com.scalemart.platform.data.shard;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * One connection pool per shard, opened on first use and closed with the application.
 * Every shard is reached with the same credentials; the registry holds only URLs, so no
 * password is ever written to a table.
 */
public final class ShardPools implements AutoCloseable {

	private final Map<Integer, HikariDataSource> pools = new ConcurrentHashMap<>();

	private final Map<Integer, ShardDatabase> databases = new ConcurrentHashMap<>();

	private final String username;

	private final String password;

	private final int maximumPoolSize;

	private final Duration connectionTimeout;

	/**
	 * @param username the user of every shard
	 * @param password its password
	 * @param maximumPoolSize connections per shard
	 * @param connectionTimeout how long a statement waits for a connection before the
	 * shard counts as unavailable
	 */
	public ShardPools(String username, String password, int maximumPoolSize, Duration connectionTimeout) {
		this.username = username;
		this.password = password;
		this.maximumPoolSize = maximumPoolSize;
		this.connectionTimeout = connectionTimeout;
	}

	/**
	 * The pool of a shard.
	 * @param shard the shard
	 * @return its data source
	 */
	public DataSource dataSource(Shard shard) {
		return this.pools.computeIfAbsent(shard.id(), (id) -> open(shard));
	}

	/**
	 * The database of a shard, with its statements and transactions.
	 * @param shard the shard
	 * @return its database
	 */
	public ShardDatabase database(Shard shard) {
		return this.databases.computeIfAbsent(shard.id(), (id) -> new ShardDatabase(id, dataSource(shard)));
	}

	private HikariDataSource open(Shard shard) {
		HikariConfig config = new HikariConfig();
		config.setPoolName("shard-" + shard.id());
		config.setJdbcUrl(shard.jdbcUrl());
		config.setUsername(this.username);
		config.setPassword(this.password);
		config.setMaximumPoolSize(this.maximumPoolSize);
		config.setMinimumIdle(1);
		config.setConnectionTimeout(Math.max(250, this.connectionTimeout.toMillis()));
		// a shard that is down must not stop the others from starting
		config.setInitializationFailTimeout(-1);
		return new HikariDataSource(config);
	}

	@Override
	public void close() {
		this.databases.clear();
		this.pools.values().forEach(HikariDataSource::close);
		this.pools.clear();
	}

}
