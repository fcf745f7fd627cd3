package com.scalemart.platform.data.shard;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The shard set, read from the directory database and kept as an immutable
 * {@link ShardLayout}. Every change bumps {@code shard_set_version}, so keeping up is one
 * cheap read ({@link #refresh()}), done on a schedule and whenever an owner is not where
 * this instance thought.
 */
public final class ShardRegistry {

	private static final Logger log = LoggerFactory.getLogger(ShardRegistry.class);

	private final JdbcClient directory;

	private final TransactionTemplate transactions;

	private final ShardPools pools;

	private final int virtualNodes;

	private final Clock clock;

	private volatile ShardLayout layout;

	/**
	 * @param directory the directory database
	 * @param transactions transactions on it
	 * @param pools the shards' pools
	 * @param virtualNodes virtual nodes per unit of weight
	 * @param clock the clock
	 */
	public ShardRegistry(DataSource directory, TransactionTemplate transactions, ShardPools pools, int virtualNodes,
			Clock clock) {
		this.directory = JdbcClient.create(directory);
		this.transactions = transactions;
		this.pools = pools;
		this.virtualNodes = virtualNodes;
		this.clock = clock;
		this.layout = load();
	}

	/** The shard set as this instance last read it. */
	public ShardLayout layout() {
		return this.layout;
	}

	/**
	 * The version of the shard set in the database now.
	 * @return the version
	 */
	public long currentVersion() {
		return this.directory.sql("SELECT version FROM shard_set_version WHERE id = 1").query(Long.class).single();
	}

	/**
	 * Reads the shard set again if its version changed.
	 * @return the current layout
	 */
	public ShardLayout refresh() {
		if (currentVersion() != this.layout.version()) {
			ShardLayout loaded = load();
			log.info("Shard set changed: {}", loaded);
			this.layout = loaded;
		}
		return this.layout;
	}

	/**
	 * The database of a shard.
	 * @param shardId the shard
	 * @return its statements and transactions
	 * @throws IllegalArgumentException if no such shard is registered
	 */
	public ShardDatabase database(int shardId) {
		Shard shard = this.layout.shard(shardId)
			.or(() -> refresh().shard(shardId))
			.orElseThrow(() -> new IllegalArgumentException("no shard " + shardId + " is registered"));
		return this.pools.database(shard);
	}

	/**
	 * Registers the first shards when the directory has none; does nothing otherwise, so
	 * every instance may call it at start.
	 * @param jdbcUrls the shards, numbered from 0 in this order
	 * @return the layout
	 */
	public ShardLayout registerInitial(List<String> jdbcUrls) {
		this.transactions.executeWithoutResult((status) -> {
			// instances starting together register once
			lockShardSet();
			int registered = this.directory.sql("SELECT COUNT(*) FROM shards").query(Integer.class).single();
			if (registered == 0) {
				for (int id = 0; id < jdbcUrls.size(); id++) {
					insert(id, jdbcUrls.get(id), 1.0, ShardState.ACTIVE);
				}
				bumpVersion();
			}
		});
		return reload();
	}

	/**
	 * Registers a new shard as joining.
	 * @param jdbcUrl where it is
	 * @param weight its weight
	 * @return the new shard
	 * @throws IllegalStateException when a shard is joining already or the URL is taken
	 */
	public Shard addJoining(String jdbcUrl, double weight) {
		Objects.requireNonNull(jdbcUrl, "jdbcUrl");
		Shard added = this.transactions.execute((status) -> {
			lockShardSet();
			if (this.directory.sql("SELECT COUNT(*) FROM shards WHERE state = 'JOINING'")
				.query(Integer.class)
				.single() > 0) {
				throw new IllegalStateException("a shard is joining already: wait until its job is done");
			}
			if (this.directory.sql("SELECT COUNT(*) FROM shards WHERE jdbc_url = ?")
				.param(jdbcUrl)
				.query(Integer.class)
				.single() > 0) {
				throw new IllegalStateException("a shard at " + jdbcUrl + " is registered already");
			}
			int id = this.directory.sql("SELECT COALESCE(MAX(id) + 1, 0) FROM shards").query(Integer.class).single();
			insert(id, jdbcUrl, weight, ShardState.JOINING);
			bumpVersion();
			return new Shard(id, jdbcUrl, weight, ShardState.JOINING);
		});
		reload();
		return Objects.requireNonNull(added);
	}

	/**
	 * Makes a joining shard active: from now on the ring places owners on it.
	 * @param shardId the shard
	 */
	public void activate(int shardId) {
		this.transactions.executeWithoutResult((status) -> {
			lockShardSet();
			if (this.directory.sql("UPDATE shards SET state = 'ACTIVE' WHERE id = ? AND state = 'JOINING'")
				.param(shardId)
				.update() == 1) {
				bumpVersion();
			}
		});
		reload();
	}

	private void insert(int id, String jdbcUrl, double weight, ShardState state) {
		this.directory.sql("INSERT INTO shards (id, jdbc_url, weight, state, added_at) VALUES (?, ?, ?, ?, ?)")
			.params(id, jdbcUrl, weight, state.name(), Timestamp.from(this.clock.instant()))
			.update();
	}

	// the version row is the lock every change of the shard set takes
	private void lockShardSet() {
		this.directory.sql("SELECT version FROM shard_set_version WHERE id = 1 FOR UPDATE").query(Long.class).single();
	}

	private void bumpVersion() {
		this.directory.sql("UPDATE shard_set_version SET version = version + 1 WHERE id = 1").update();
	}

	private ShardLayout reload() {
		this.layout = load();
		return this.layout;
	}

	private ShardLayout load() {
		return this.transactions.execute((status) -> {
			long version = this.directory.sql("SELECT version FROM shard_set_version WHERE id = 1")
				.query(Long.class)
				.single();
			List<Shard> shards = this.directory.sql("SELECT id, jdbc_url, weight, state FROM shards ORDER BY id")
				.query((rs, row) -> new Shard(rs.getInt("id"), rs.getString("jdbc_url"), rs.getDouble("weight"),
						ShardState.valueOf(rs.getString("state"))))
				.list();
			return new ShardLayout(version, shards, this.virtualNodes);
		});
	}

}
