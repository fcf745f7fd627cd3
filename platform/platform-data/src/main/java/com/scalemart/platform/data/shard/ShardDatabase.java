package com.scalemart.platform.data.shard;

import java.util.function.Function;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One shard's database: its statements and its transactions. Statements run through
 * {@link #jdbc()} inside {@link #inTransaction(Function)} join that transaction.
 */
public final class ShardDatabase {

	private final int shardId;

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	ShardDatabase(int shardId, DataSource dataSource) {
		this.shardId = shardId;
		this.dataSource = dataSource;
		this.jdbc = JdbcClient.create(dataSource);
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
	}

	public int shardId() {
		return this.shardId;
	}

	public DataSource dataSource() {
		return this.dataSource;
	}

	public JdbcClient jdbc() {
		return this.jdbc;
	}

	/**
	 * Runs work in one transaction of this shard.
	 * @param <T> the work's result
	 * @param work the work, given this shard's statements
	 * @return its result
	 */
	public <T> T inTransaction(Function<JdbcClient, T> work) {
		return this.transactions.execute((status) -> work.apply(this.jdbc));
	}

	@Override
	public String toString() {
		return "shard " + this.shardId;
	}

}
