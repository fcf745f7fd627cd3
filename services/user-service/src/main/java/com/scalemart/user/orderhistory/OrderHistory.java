package com.scalemart.user.orderhistory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.scalemart.platform.data.shard.ShardRouter;

import org.springframework.stereotype.Service;

/**
 * Each user's orders, on the user's shard next to the user row, so that a user's data
 * moves as one when shards change. Written under the user row's lock like every write of
 * a sharded user.
 */
@Service
public class OrderHistory {

	private final ShardRouter router;

	OrderHistory(ShardRouter router) {
		this.router = router;
	}

	/**
	 * Adds an order to a user's history; adding the same order again changes nothing.
	 * @param userId the user
	 * @param entry the order
	 * @return whether it was new, or empty when there is no such user
	 */
	public Optional<Boolean> record(UUID userId, OrderEntry entry) {
		return this.router.write(userId,
				(jdbc) -> jdbc.sql("""
						INSERT IGNORE INTO order_history (user_id, placed_at, order_id, total_cents, currency, status)
						VALUES (?, ?, ?, ?, ?, ?)""")
					.params(userId.toString(), utc(entry), entry.orderId().toString(), entry.totalCents(),
							entry.currency(), entry.status())
					.update() == 1);
	}

	/**
	 * A month of a user's orders, oldest first; the month's bounds let MariaDB read its
	 * partition only.
	 * @param userId the user
	 * @param month the month, in UTC
	 * @return the orders, or empty when there is no such user
	 */
	public Optional<List<OrderEntry>> month(UUID userId, YearMonth month) {
		LocalDateTime from = month.atDay(1).atStartOfDay();
		LocalDateTime to = month.plusMonths(1).atDay(1).atStartOfDay();
		return this.router.read(userId, (jdbc) -> {
			boolean exists = jdbc.sql("SELECT COUNT(*) FROM users WHERE id = ?")
				.param(userId.toString())
				.query(Integer.class)
				.single() == 1;
			if (!exists) {
				return Optional.empty();
			}
			return Optional.of(jdbc.sql("""
					SELECT order_id, placed_at, total_cents, currency, status FROM order_history
					WHERE user_id = ? AND placed_at >= ? AND placed_at < ? ORDER BY placed_at, order_id""")
				.params(userId.toString(), from, to)
				.query(OrderHistory::map)
				.list());
		});
	}

	private static OrderEntry map(ResultSet rs, int row) throws SQLException {
		return new OrderEntry(UUID.fromString(rs.getString("order_id")),
				rs.getObject("placed_at", LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getLong("total_cents"),
				rs.getString("currency"), rs.getString("status"));
	}

	private static LocalDateTime utc(OrderEntry entry) {
		return LocalDateTime.ofInstant(entry.placedAt(), ZoneOffset.UTC);
	}

}
