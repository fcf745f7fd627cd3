package com.scalemart.labs.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import com.scalemart.labs.data.WriteCheck.EntryRow;
import com.scalemart.labs.data.WriteCheck.OwnerRow;
import com.scalemart.platform.data.shard.OwnedTables;
import com.scalemart.platform.data.shard.ReshardingJobs;
import com.scalemart.platform.data.shard.ReshardingSettings;
import com.scalemart.platform.data.shard.Resharder;
import com.scalemart.platform.data.shard.ScatterGather;
import com.scalemart.platform.data.shard.ShardDirectory;
import com.scalemart.platform.data.shard.ShardLayout;
import com.scalemart.platform.data.shard.ShardPools;
import com.scalemart.platform.data.shard.ShardRegistry;
import com.scalemart.platform.data.shard.ShardRouter;
import com.scalemart.platform.data.shard.ShardSchema;
import com.scalemart.platform.engines.MariaDbEndpoint;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A directory database and shard databases of the lab's own ({@code data_lab_<random>_*})
 * holding {@code account} owners with {@code entry} rows, and "processes" over them, each
 * with its own pools, registry, directory cache and router, as separate instances of a
 * service would have. Closing drops the databases.
 */
final class AccountShards implements AutoCloseable {

	static final OwnedTables TABLES = new OwnedTables("account", "id", "in_transit",
			List.of(new OwnedTables.Child("entry", "account_id")));

	/** As the user service is configured (application.yml, scalemart.users.shards). */
	static final int VIRTUAL_NODES = 256;

	static final Duration DIRECTORY_CACHE_TTL = Duration.ofSeconds(1);

	static final Duration MOVE_WAIT = Duration.ofSeconds(3);

	private static final String SHARD_DDL = """
			CREATE TABLE account (
			    id         UUID        NOT NULL PRIMARY KEY,
			    name       VARCHAR(40) NOT NULL,
			    writes     BIGINT      NOT NULL,
			    in_transit BOOLEAN     NOT NULL DEFAULT FALSE
			);
			CREATE TABLE entry (
			    account_id UUID        NOT NULL,
			    entry_id   UUID        NOT NULL,
			    note       VARCHAR(40) NOT NULL,
			    PRIMARY KEY (account_id, entry_id)
			)""";

	private final MariaDbEndpoint server;

	private final String prefix = "data_lab_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffL);

	private final List<Process> processes = new ArrayList<>();

	private final List<String> databases = new ArrayList<>();

	/**
	 * Creates the directory and the first shards, and registers those.
	 * @param server where the databases go
	 * @param initialShards how many shards to start with
	 */
	AccountShards(MariaDbEndpoint server, int initialShards) {
		this.server = server;
		try {
			createDatabase(this.prefix + "_dir");
			try (Connection connection = plain(this.prefix + "_dir").getConnection()) {
				ShardSchema.createDirectoryTables(connection);
			}
			List<String> urls = new ArrayList<>();
			for (int i = 0; i < initialShards; i++) {
				urls.add(createShard(i));
			}
			process("setup").registry.registerInitial(urls);
		}
		catch (SQLException | RuntimeException ex) {
			close();
			throw new IllegalStateException("could not create the lab's databases on " + server + ": " + ex, ex);
		}
	}

	/**
	 * Creates a shard database with the schema.
	 * @param number its number, as in its name
	 * @return its JDBC URL
	 */
	String createShard(int number) {
		String database = this.prefix + "_s" + number;
		createDatabase(database);
		JdbcClient jdbc = JdbcClient.create(plain(database));
		for (String sql : SHARD_DDL.split(";")) {
			jdbc.sql(sql).update();
		}
		return this.server.jdbcUrl(database);
	}

	/**
	 * Another instance over the same databases.
	 * @param name its name, as resharding leases name it
	 * @param settings how its resharder paces itself
	 * @param poolSize connections per shard
	 * @return the instance
	 */
	Process process(String name, ReshardingSettings settings, int poolSize) {
		Process process = new Process(name, settings, poolSize);
		synchronized (this.processes) {
			this.processes.add(process);
		}
		return process;
	}

	private Process process(String name) {
		return process(name, new ReshardingSettings(Duration.ZERO, 100, 1, Duration.ofSeconds(15)), 2);
	}

	/**
	 * Creates owners with their first entries, straight into the shard the ring places
	 * each on: what {@code ShardRouter.create} does while no shard is joining, in
	 * batches.
	 * @param owners the owners' ids
	 * @param entries entries per owner; each owner's counter starts at this
	 * @param layout the shard set to place by
	 */
	void load(List<UUID> owners, int entries, ShardLayout layout) {
		Map<Integer, List<Object[]>> accounts = new TreeMap<>();
		Map<Integer, List<Object[]>> rows = new TreeMap<>();
		for (int i = 0; i < owners.size(); i++) {
			UUID owner = owners.get(i);
			int shard = layout.ringShard(owner);
			accounts.computeIfAbsent(shard, (id) -> new ArrayList<>())
				.add(new Object[] { owner.toString(), "account-" + i, entries });
			for (int e = 0; e < entries; e++) {
				rows.computeIfAbsent(shard, (id) -> new ArrayList<>())
					.add(new Object[] { owner.toString(), UUID.randomUUID().toString(), "initial" });
			}
		}
		for (int shard : layout.shards().keySet()) {
			String database = this.prefix + "_s" + shard;
			try (Connection connection = plain(database).getConnection()) {
				connection.setAutoCommit(false);
				insert(connection, "INSERT INTO account (id, name, writes) VALUES (?, ?, ?)",
						accounts.getOrDefault(shard, List.of()));
				insert(connection, "INSERT INTO entry (account_id, entry_id, note) VALUES (?, ?, ?)",
						rows.getOrDefault(shard, List.of()));
				connection.commit();
			}
			catch (SQLException ex) {
				throw new IllegalStateException("could not load the owners of " + database + ": " + ex.getMessage(),
						ex);
			}
		}
	}

	private static void insert(Connection connection, String sql, List<Object[]> rows) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			int pending = 0;
			for (Object[] row : rows) {
				for (int i = 0; i < row.length; i++) {
					statement.setObject(i + 1, row[i]);
				}
				statement.addBatch();
				if (++pending == 1000) {
					statement.executeBatch();
					pending = 0;
				}
			}
			statement.executeBatch();
		}
	}

	/**
	 * Every owner and entry row of every shard, in transit or not, read with
	 * {@link ScatterGather}.
	 * @param reader the instance that reads
	 * @return the rows
	 * @throws IllegalStateException if a shard did not answer
	 */
	Stored readAll(Process reader) {
		reader.registry.refresh();
		ScatterGather.Result<OwnerRow> owners = reader.scatter
			.query((jdbc) -> jdbc.sql("SELECT id, writes, in_transit FROM account")
				.query((rs, row) -> new OwnerRow(-1, UUID.fromString(rs.getString(1)), rs.getLong(2), rs.getBoolean(3)))
				.list());
		ScatterGather.Result<EntryRow> entries = reader.scatter.query((jdbc) -> jdbc
			.sql("SELECT account_id, entry_id FROM entry")
			.query((rs, row) -> new EntryRow(-1, UUID.fromString(rs.getString(1)), UUID.fromString(rs.getString(2))))
			.list());
		if (owners.partial() || entries.partial()) {
			throw new IllegalStateException(
					"shards did not answer the final check: " + owners.failures() + " " + entries.failures());
		}
		// the rows were read without their shard: the answer is keyed by it
		List<OwnerRow> ownerRows = new ArrayList<>();
		owners.rows()
			.forEach((shard, rows) -> rows
				.forEach((row) -> ownerRows.add(new OwnerRow(shard, row.owner(), row.writes(), row.inTransit()))));
		List<EntryRow> entryRows = new ArrayList<>();
		entries.rows()
			.forEach((shard, rows) -> rows
				.forEach((row) -> entryRows.add(new EntryRow(shard, row.owner(), row.entry()))));
		return new Stored(ownerRows, entryRows);
	}

	/**
	 * Live owners per shard.
	 * @param reader the instance that reads
	 * @return owner count by shard id
	 */
	Map<Integer, Long> liveOwners(Process reader) {
		reader.registry.refresh();
		Map<Integer, Long> counts = new TreeMap<>();
		reader.scatter
			.query((jdbc) -> jdbc.sql("SELECT COUNT(*) FROM account WHERE in_transit = FALSE").query(Long.class).list())
			.rows()
			.forEach((shard, count) -> counts.put(shard, count.getFirst()));
		return counts;
	}

	/** The lab's databases' name prefix. */
	String prefix() {
		return this.prefix;
	}

	private void createDatabase(String name) {
		this.server.createDatabase(name);
		this.databases.add(name);
	}

	private DataSource plain(String database) {
		return new DriverManagerDataSource(this.server.jdbcUrl(database), this.server.user(), this.server.password());
	}

	@Override
	public void close() {
		synchronized (this.processes) {
			this.processes.forEach(Process::close);
			this.processes.clear();
		}
		for (String database : this.databases.reversed()) {
			try {
				this.server.dropDatabase(database);
			}
			catch (RuntimeException ex) {
				System.err.println("could not drop database " + database + ": " + ex.getMessage());
			}
		}
		this.databases.clear();
	}

	/**
	 * What the shards held at the end.
	 *
	 * @param owners every owner row
	 * @param entries every entry row
	 */
	record Stored(List<OwnerRow> owners, List<EntryRow> entries) {
	}

	/** What one instance of a service holds. */
	final class Process implements AutoCloseable {

		final ShardPools pools;

		final ShardRegistry registry;

		final ShardDirectory directory;

		final ShardRouter router;

		final ReshardingJobs jobs;

		final Resharder resharder;

		final ScatterGather scatter;

		private final HikariDataSource directoryPool = new HikariDataSource();

		private Process(String name, ReshardingSettings settings, int poolSize) {
			Clock clock = Clock.systemUTC();
			this.pools = new ShardPools(AccountShards.this.server.user(), AccountShards.this.server.password(),
					poolSize, Duration.ofSeconds(2));
			this.directoryPool.setJdbcUrl(AccountShards.this.server.jdbcUrl(AccountShards.this.prefix + "_dir"));
			this.directoryPool.setUsername(AccountShards.this.server.user());
			this.directoryPool.setPassword(AccountShards.this.server.password());
			this.directoryPool.setMaximumPoolSize(poolSize);
			this.directoryPool.setPoolName("directory-" + name);
			DataSource directory = this.directoryPool;
			this.registry = new ShardRegistry(directory,
					new TransactionTemplate(new DataSourceTransactionManager(directory)), this.pools, VIRTUAL_NODES,
					clock);
			this.directory = new ShardDirectory(directory, DIRECTORY_CACHE_TTL, 100_000, clock);
			this.router = new ShardRouter(this.registry, this.directory, TABLES, MOVE_WAIT, new SimpleMeterRegistry());
			this.jobs = new ReshardingJobs(directory, clock);
			this.resharder = new Resharder(this.router, this.directory, this.jobs, TABLES, settings, name);
			this.scatter = new ScatterGather(this.registry, Duration.ofSeconds(30), new SimpleMeterRegistry());
		}

		@Override
		public void close() {
			this.scatter.close();
			this.pools.close();
			this.directoryPool.close();
		}

	}

}
