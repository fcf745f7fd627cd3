package com.scalemart.platform.data.shard;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import com.scalemart.platform.engines.MariaDbEndpoint;
import com.scalemart.platform.testkit.TestEngines;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A directory database and shard databases of their own on the test MariaDB, holding
 * {@code account} owners with {@code entry} rows, and one "process" (registry, router,
 * resharder) over them; {@link #process(String)} makes another one on the same databases.
 */
final class Shards implements AutoCloseable {

	static final OwnedTables TABLES = new OwnedTables("account", "id", "in_transit",
			List.of(new OwnedTables.Child("entry", "account_id")));

	static final ReshardingSettings FAST = new ReshardingSettings(Duration.ofMillis(300), 50, 4, Duration.ofSeconds(2));

	private static final String SHARD_DDL = """
			CREATE TABLE account (
			    id         UUID    NOT NULL PRIMARY KEY,
			    name       VARCHAR(40) NOT NULL,
			    balance    BIGINT  NOT NULL,
			    name_upper VARCHAR(40) AS (UPPER(name)) PERSISTENT,
			    in_transit BOOLEAN NOT NULL DEFAULT FALSE
			);
			CREATE TABLE entry (
			    account_id UUID   NOT NULL,
			    entry_id   UUID   NOT NULL,
			    amount     BIGINT NOT NULL,
			    PRIMARY KEY (account_id, entry_id)
			)""";

	final MariaDbEndpoint server = TestEngines.mariaDb();

	final String prefix = "shard_tests_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffL);

	final DriverManagerDataSource directory;

	private final List<Process> processes = new ArrayList<>();

	Shards(int initialShards) throws SQLException {
		this.server.createDatabase(this.prefix + "_dir");
		this.directory = new DriverManagerDataSource(this.server.jdbcUrl(this.prefix + "_dir"), this.server.user(),
				this.server.password());
		try (Connection connection = this.directory.getConnection()) {
			ShardSchema.createDirectoryTables(connection);
		}
		List<String> urls = new ArrayList<>();
		for (int i = 0; i < initialShards; i++) {
			urls.add(createShard(i));
		}
		process("first").registry.registerInitial(urls);
	}

	/** Creates a shard database with the schema; returns its URL. */
	String createShard(int number) {
		String database = this.prefix + "_s" + number;
		this.server.createDatabase(database);
		JdbcClient jdbc = JdbcClient.create(
				new DriverManagerDataSource(this.server.jdbcUrl(database), this.server.user(), this.server.password()));
		for (String sql : SHARD_DDL.split(";")) {
			jdbc.sql(sql).update();
		}
		return this.server.jdbcUrl(database);
	}

	Process process(String name) {
		Process process = new Process(name);
		this.processes.add(process);
		return process;
	}

	JdbcClient shard(int number) {
		return JdbcClient.create(new DriverManagerDataSource(this.server.jdbcUrl(this.prefix + "_s" + number),
				this.server.user(), this.server.password()));
	}

	JdbcClient directoryJdbc() {
		return JdbcClient.create(this.directory);
	}

	@Override
	public void close() {
		this.processes.forEach(Process::close);
		this.server.databases(this.prefix).forEach(this.server::dropDatabase);
	}

	/** What one application process holds. */
	final class Process implements AutoCloseable {

		final ShardPools pools = new ShardPools(Shards.this.server.user(), Shards.this.server.password(), 8,
				Duration.ofSeconds(2));

		final ShardRegistry registry;

		final ShardDirectory directory;

		final ShardRouter router;

		final ReshardingJobs jobs;

		final Resharder resharder;

		final ScatterGather scatter;

		// its own connections to the directory, which die with it
		final HikariDataSource directoryPool = new HikariDataSource();

		Process(String name) {
			Clock clock = Clock.systemUTC();
			this.directoryPool.setJdbcUrl(Shards.this.server.jdbcUrl(Shards.this.prefix + "_dir"));
			this.directoryPool.setUsername(Shards.this.server.user());
			this.directoryPool.setPassword(Shards.this.server.password());
			this.directoryPool.setMaximumPoolSize(8);
			this.directoryPool.setPoolName("directory-" + name);
			DataSource directory = this.directoryPool;
			this.registry = new ShardRegistry(directory,
					new TransactionTemplate(new DataSourceTransactionManager(directory)), this.pools, 64, clock);
			this.directory = new ShardDirectory(directory, Duration.ofMillis(100), 10_000, clock);
			this.router = new ShardRouter(this.registry, this.directory, TABLES, Duration.ofSeconds(5),
					new SimpleMeterRegistry());
			this.jobs = new ReshardingJobs(directory, clock);
			this.resharder = new Resharder(this.router, this.directory, this.jobs, TABLES, FAST, name);
			this.scatter = new ScatterGather(this.registry, Duration.ofSeconds(1), new SimpleMeterRegistry());
		}

		UUID createAccount(String name) {
			UUID id = UUID.randomUUID();
			this.router.create(id,
					(jdbc) -> jdbc.sql("INSERT INTO account (id, name, balance) VALUES (?, ?, 0)")
						.params(id.toString(), name)
						.update());
			return id;
		}

		/** Adds an entry and its amount to the balance, in one transaction. */
		boolean deposit(UUID account, UUID entry, long amount) {
			return this.router.write(account, (jdbc) -> {
				jdbc.sql("INSERT INTO entry (account_id, entry_id, amount) VALUES (?, ?, ?)")
					.params(account.toString(), entry.toString(), amount)
					.update();
				return jdbc.sql("UPDATE account SET balance = balance + ? WHERE id = ?")
					.params(amount, account.toString())
					.update();
			}).isPresent();
		}

		java.util.Optional<Long> balance(UUID account) {
			return this.router.read(account,
					(jdbc) -> jdbc.sql("SELECT balance FROM account WHERE id = ?")
						.param(account.toString())
						.query(Long.class)
						.optional());
		}

		@Override
		public void close() {
			this.scatter.close();
			this.pools.close();
			this.directoryPool.close();
		}

	}

}
