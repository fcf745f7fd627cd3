package com.scalemart.platform.data.shard;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The jobs and their moves in the directory database. Every step of a job is written here
 * before the next one starts, which is what lets another process resume it.
 */
public final class ReshardingJobs {

	/** One owner to move. */
	record Move(UUID owner, int fromShard, int toShard, MoveState state) {
	}

	enum MoveState {

		PLANNED, COPIED, SWITCHED, SKIPPED

	}

	private static final String COLUMNS = "id, shard_id, phase, planned, moved, verified, report, started_at, updated_at,"
			+ " finished_at, lease_owner, lease_until";

	private static final int MOVE_LOCK_SECONDS = 30;

	private final DataSource dataSource;

	private final JdbcClient directory;

	private final Clock clock;

	/**
	 * @param directory the directory database
	 * @param clock the clock
	 */
	public ReshardingJobs(DataSource directory, Clock clock) {
		this.dataSource = directory;
		this.directory = JdbcClient.create(directory);
		this.clock = clock;
	}

	/**
	 * Runs work holding the directory's move lock (a MariaDB named lock on a connection
	 * of its own, so that the work's own directory writes commit as they go): starting a
	 * job and pinning an owner take turns across all instances.
	 */
	<T> T withMoveLock(Supplier<T> work) {
		try (Connection connection = this.dataSource.getConnection()) {
			if (!namedLock(connection, "SELECT GET_LOCK('scalemart_shard_move', " + MOVE_LOCK_SECONDS + ")")) {
				throw new IllegalStateException(
						"another owner move holds the lock for more than " + MOVE_LOCK_SECONDS + " s; try again");
			}
			try {
				return work.get();
			}
			finally {
				namedLock(connection, "SELECT RELEASE_LOCK('scalemart_shard_move')");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot take the directory's move lock: " + ex.getMessage(), ex);
		}
	}

	private static boolean namedLock(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			return result.next() && result.getInt(1) == 1;
		}
	}

	ReshardingJob create(int shardId) {
		Timestamp now = now();
		this.directory
			.sql("INSERT INTO reshard_jobs (shard_id, phase, started_at, updated_at) VALUES (?, 'WAITING', ?, ?)")
			.params(shardId, now, now)
			.update();
		long id = this.directory.sql("SELECT MAX(id) FROM reshard_jobs WHERE shard_id = ?")
			.param(shardId)
			.query(Long.class)
			.single();
		return find(id).orElseThrow();
	}

	/**
	 * A job.
	 * @param id its id
	 * @return it, if it exists
	 */
	public Optional<ReshardingJob> find(long id) {
		return this.directory.sql("SELECT " + COLUMNS + " FROM reshard_jobs WHERE id = ?")
			.param(id)
			.query(ReshardingJobs::map)
			.optional();
	}

	/**
	 * Every job, newest first.
	 * @return the jobs
	 */
	public List<ReshardingJob> all() {
		return this.directory.sql("SELECT " + COLUMNS + " FROM reshard_jobs ORDER BY id DESC")
			.query(ReshardingJobs::map)
			.list();
	}

	/**
	 * The job that has not finished, if any: there is at most one.
	 * @return it
	 */
	public Optional<ReshardingJob> unfinished() {
		return this.directory
			.sql("SELECT " + COLUMNS + " FROM reshard_jobs WHERE phase NOT IN ('DONE', 'FAILED') ORDER BY id LIMIT 1")
			.query(ReshardingJobs::map)
			.optional();
	}

	/**
	 * Takes or renews the job's lease for this process.
	 * @return whether this process holds it now
	 */
	boolean claim(long id, String owner, Duration lease) {
		Timestamp now = now();
		return this.directory.sql("""
				UPDATE reshard_jobs SET lease_owner = ?, lease_until = ?
				WHERE id = ? AND phase NOT IN ('DONE', 'FAILED')
				  AND (lease_owner IS NULL OR lease_owner = ? OR lease_until < ?)""")
			.params(owner, Timestamp.from(now.toInstant().plus(lease)), id, owner, now)
			.update() == 1;
	}

	void release(long id, String owner) {
		this.directory
			.sql("UPDATE reshard_jobs SET lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ?")
			.params(id, owner)
			.update();
	}

	void phase(long id, ReshardingJob.Phase phase) {
		Timestamp now = now();
		this.directory.sql("UPDATE reshard_jobs SET phase = ?, updated_at = ?, finished_at = ? WHERE id = ?")
			.params(phase.name(), now, phase.finished() ? now : null, id)
			.update();
	}

	void finish(long id, ReshardingJob.Phase phase, boolean verified, String report) {
		Timestamp now = now();
		this.directory.sql(
				"UPDATE reshard_jobs SET phase = ?, verified = ?, report = ?, updated_at = ?, finished_at = ? WHERE id = ?")
			.params(phase.name(), verified, report, now, now, id)
			.update();
	}

	/** Records a move unless the job has it already; returns whether it was new. */
	boolean plan(long jobId, UUID owner, int fromShard, int toShard) {
		return this.directory.sql(
				"INSERT IGNORE INTO reshard_moves (job_id, owner_id, from_shard, to_shard, state) VALUES (?, ?, ?, ?, 'PLANNED')")
			.params(jobId, owner.toString(), fromShard, toShard)
			.update() == 1;
	}

	List<Move> moves(long jobId, MoveState state, int limit) {
		return this.directory.sql("""
				SELECT owner_id, from_shard, to_shard, state FROM reshard_moves
				WHERE job_id = ? AND state = ? ORDER BY owner_id LIMIT ?""")
			.params(jobId, state.name(), limit)
			.query((rs, row) -> new Move(UUID.fromString(rs.getString("owner_id")), rs.getInt("from_shard"),
					rs.getInt("to_shard"), MoveState.valueOf(rs.getString("state"))))
			.list();
	}

	/** Owners the job switched, for the directory clean-up. */
	List<Move> switched(long jobId, @Nullable UUID after, int limit) {
		return this.directory.sql("""
				SELECT owner_id, from_shard, to_shard, state FROM reshard_moves
				WHERE job_id = ? AND state = 'SWITCHED' AND owner_id > ? ORDER BY owner_id LIMIT ?""")
			.params(jobId, (after != null) ? after.toString() : "00000000-0000-0000-0000-000000000000", limit)
			.query((rs, row) -> new Move(UUID.fromString(rs.getString("owner_id")), rs.getInt("from_shard"),
					rs.getInt("to_shard"), MoveState.SWITCHED))
			.list();
	}

	void copied(long jobId, UUID owner) {
		this.directory
			.sql("UPDATE reshard_moves SET state = 'COPIED' WHERE job_id = ? AND owner_id = ? AND state = 'PLANNED'")
			.params(jobId, owner.toString())
			.update();
	}

	void done(long jobId, UUID owner, MoveState state, int rows, long fenceMicros) {
		this.directory.sql(
				"UPDATE reshard_moves SET state = ?, rows_moved = ?, fence_micros = ? WHERE job_id = ? AND owner_id = ?")
			.params(state.name(), rows, (state == MoveState.SWITCHED) ? fenceMicros : null, jobId, owner.toString())
			.update();
	}

	/** Counts the plan and the moves done into the job row, for progress readers. */
	void count(long jobId) {
		this.directory.sql("""
				UPDATE reshard_jobs SET
				  planned = (SELECT COUNT(*) FROM reshard_moves WHERE job_id = ?),
				  moved = (SELECT COUNT(*) FROM reshard_moves WHERE job_id = ? AND state IN ('SWITCHED', 'SKIPPED')),
				  updated_at = ?
				WHERE id = ?""").params(jobId, jobId, now(), jobId).update();
	}

	/**
	 * How long the job's owners were fenced.
	 * @param jobId the job
	 * @return the fence times so far
	 */
	public FenceTimes fenceTimes(long jobId) {
		long[] micros = this.directory.sql(
				"SELECT fence_micros FROM reshard_moves WHERE job_id = ? AND fence_micros IS NOT NULL ORDER BY fence_micros")
			.param(jobId)
			.query(Long.class)
			.list()
			.stream()
			.mapToLong(Long::longValue)
			.toArray();
		return FenceTimes.of(micros);
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	private static ReshardingJob map(ResultSet rs, int row) throws SQLException {
		Object verified = rs.getObject("verified");
		return new ReshardingJob(rs.getLong("id"), rs.getInt("shard_id"),
				ReshardingJob.Phase.valueOf(rs.getString("phase")), rs.getInt("planned"), rs.getInt("moved"),
				(verified != null) ? rs.getBoolean("verified") : null, rs.getString("report"),
				instant(rs, "started_at"), instant(rs, "updated_at"), instant(rs, "finished_at"),
				rs.getString("lease_owner"), instant(rs, "lease_until"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
