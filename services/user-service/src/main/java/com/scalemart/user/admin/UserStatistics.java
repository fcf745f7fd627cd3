package com.scalemart.user.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.scalemart.platform.data.shard.ScatterGather;

import org.springframework.stereotype.Service;

/**
 * Cross-shard user queries as parallel scatter-gather. Rows in transit are skipped, so a
 * user being moved between shards is counted once; a shard that fails or is too slow is
 * named in the answer, which is then partial.
 */
@Service
public class UserStatistics {

	/** A user as an administrator lists it. */
	public record UserSummary(UUID id, String email, String name, Instant createdAt, int shard) {

		UserSummary on(int shardId) {
			return new UserSummary(this.id, this.email, this.name, this.createdAt, shardId);
		}

	}

	/**
	 * What the shards that answered returned.
	 *
	 * @param <T> the answer
	 * @param value the answer from the shards that answered
	 * @param unavailableShards the others, with the reason
	 */
	public record Gathered<T>(T value, Map<Integer, String> unavailableShards) {

		public boolean partial() {
			return !this.unavailableShards.isEmpty();
		}

	}

	private final ScatterGather scatterGather;

	UserStatistics(ScatterGather scatterGather) {
		this.scatterGather = scatterGather;
	}

	/**
	 * The first users of an email domain by sign-up time.
	 * @param domain lower-case domain
	 * @param limit at most this many
	 * @return the users, oldest first
	 */
	public Gathered<List<UserSummary>> byEmailDomain(String domain, int limit) {
		ScatterGather.Result<UserSummary> result = this.scatterGather.query((jdbc) -> jdbc.sql("""
				SELECT id, email, name, created_at FROM users
				WHERE email_domain = ? AND in_transit = FALSE ORDER BY created_at, id LIMIT ?""")
			.params(domain, limit)
			.query(UserStatistics::summary)
			.list());
		// each shard sent its first `limit`: the merge keeps the first `limit` of all
		List<UserSummary> first = result.rows()
			.entrySet()
			.stream()
			.flatMap((shard) -> shard.getValue().stream().map((user) -> user.on(shard.getKey())))
			.sorted(Comparator.comparing(UserSummary::createdAt).thenComparing(UserSummary::id))
			.limit(limit)
			.toList();
		return new Gathered<>(first, result.failures());
	}

	/**
	 * Sign-ups per UTC day, over every shard.
	 * @param from the first day
	 * @param to the last day, included
	 * @return the count of each day that has sign-ups, by day
	 */
	public Gathered<Map<LocalDate, Long>> signUpsPerDay(LocalDate from, LocalDate to) {
		LocalDateTime start = from.atStartOfDay();
		LocalDateTime end = to.plusDays(1).atStartOfDay();
		ScatterGather.Result<Map.Entry<LocalDate, Long>> result = this.scatterGather.query((jdbc) -> jdbc.sql("""
				SELECT DATE(created_at) AS day, COUNT(*) AS users FROM users
				WHERE created_at >= ? AND created_at < ? AND in_transit = FALSE GROUP BY DATE(created_at)""")
			.params(start, end)
			.query((rs, row) -> Map.entry(rs.getObject("day", LocalDate.class), rs.getLong("users")))
			.list());
		Map<LocalDate, Long> perDay = new TreeMap<>();
		result.all().forEach((day) -> perDay.merge(day.getKey(), day.getValue(), Long::sum));
		return new Gathered<>(perDay, result.failures());
	}

	private static UserSummary summary(ResultSet rs, int row) throws SQLException {
		return new UserSummary(UUID.fromString(rs.getString("id")), rs.getString("email"), rs.getString("name"),
				rs.getObject("created_at", LocalDateTime.class).toInstant(ZoneOffset.UTC), -1);
	}

}
