package com.scalemart.platform.data.shard;

import java.util.function.Function;

import javax.sql.DataSource;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One shard's database: its statements and its transactions. Statements run through
 * {@link #jdbc()} inside {@link #inTransaction(Function)} join that transaction.
 * <p>
 * Transactions run at READ COMMITTED: InnoDB then locks the rows a statement touches but
 * not the gaps between them, so a job deleting one owner's rows does not block, or
 * deadlock with, writers inserting rows of the owner next to it. What a deadlock is left
 * rolls the whole transaction back, and it is run again, a few times at most.
 */
public final class ShardDatabase {

	private static final int MAX_ATTEMPTS = 3;

	private final int shardId;

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	ShardDatabase(int shardId, DataSource dataSource) {
		this.shardId = shardId;
		this.dataSource = dataSource;
		this.jdbc = JdbcClient.create(dataSource);
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
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
		for (int attempt = 1;; attempt++) {
			try {
				return this.transactions.execute((status) -> work.apply(this.jdbc));
			}
			catch (PessimisticLockingFailureException ex) {
				// a deadlock victim or a lock wait timeout: nothing of it was kept
				if (attempt == MAX_ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	@Override
	public String toString() {
		return "shard " + this.shardId;
	}

}
