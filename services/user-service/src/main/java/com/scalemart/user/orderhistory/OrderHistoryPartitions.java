package com.scalemart.user.orderhistory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.scalemart.platform.data.shard.ShardDatabase;
import com.scalemart.platform.data.shard.ShardRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps monthly partitions of {@code order_history} ready for the coming months on every
 * shard. New months are split off the empty catch-all partition {@code p_future} before
 * any order lands in them, so the split never copies rows. Runs at start and daily; on
 * each shard under a named lock, so instances do not split the same partition twice.
 */
@Component
public class OrderHistoryPartitions implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(OrderHistoryPartitions.class);

	private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'p'yyyyMM");

	private final ShardRegistry registry;

	private final Clock clock;

	private final int monthsAhead;

	OrderHistoryPartitions(ShardRegistry registry, Clock clock,
			@Value("${scalemart.user.order-history.months-ahead:3}") int monthsAhead) {
		this.registry = registry;
		this.clock = clock;
		this.monthsAhead = monthsAhead;
	}

	@Override
	public void run(ApplicationArguments args) {
		addAhead();
	}

	/** On every shard, adds the partitions up to {@code monthsAhead} months from now. */
	@Scheduled(cron = "0 17 3 * * *", zone = "UTC")
	public void addAhead() {
		YearMonth last = YearMonth.now(this.clock.withZone(ZoneOffset.UTC)).plusMonths(this.monthsAhead);
		for (int shardId : this.registry.refresh().shards().keySet()) {
			try {
				addUpTo(this.registry.database(shardId), last);
			}
			catch (DataAccessException ex) {
				// tomorrow's run, or the next start, tries again; months ahead leave room
				log.warn("Could not add order history partitions on shard {}: {}", shardId, ex.getMessage());
			}
		}
	}

	/**
	 * Adds monthly partitions on one shard up to and including a month.
	 * @param shard the shard
	 * @param last the last month to have a partition of its own
	 * @return the partitions added
	 */
	public List<String> addUpTo(ShardDatabase shard, YearMonth last) {
		// GET_LOCK is per connection: hold one connection for lock, check and split
		return shard.inTransaction((locked) -> {
			boolean got = locked.sql("SELECT GET_LOCK('order_history_partitions', 10)")
				.query(Integer.class)
				.single() == 1;
			if (!got) {
				return List.of();
			}
			try {
				LocalDate bound = highestBound(locked);
				List<String> added = new ArrayList<>();
				StringBuilder split = new StringBuilder();
				for (YearMonth month = YearMonth.from(bound); !month.isAfter(last); month = month.plusMonths(1)) {
					String name = month.format(NAME);
					added.add(name);
					split.append("PARTITION ")
						.append(name)
						.append(" VALUES LESS THAN ('")
						.append(month.plusMonths(1).atDay(1))
						.append("'), ");
				}
				if (!added.isEmpty()) {
					locked
						.sql("ALTER TABLE order_history REORGANIZE PARTITION p_future INTO (" + split
								+ "PARTITION p_future VALUES LESS THAN (MAXVALUE))")
						.update();
					log.info("Added order history partitions {} on shard {}", added, shard.shardId());
				}
				return added;
			}
			finally {
				locked.sql("SELECT RELEASE_LOCK('order_history_partitions')").query(Integer.class).optional();
			}
		});
	}

	/** The upper bound of the last monthly partition: where the next one starts. */
	private static LocalDate highestBound(JdbcClient jdbc) {
		String bound = jdbc
			.sql("""
					SELECT MAX(PARTITION_DESCRIPTION) FROM information_schema.PARTITIONS
					WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'order_history' AND PARTITION_DESCRIPTION <> 'MAXVALUE'""")
			.query(String.class)
			.single();
		// stored quoted: '2026-01-01'
		return LocalDate.parse(bound.replace("'", "").strip().substring(0, 10));
	}

}
