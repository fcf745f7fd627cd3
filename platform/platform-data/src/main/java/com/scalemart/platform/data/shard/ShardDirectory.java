package com.scalemart.platform.data.shard;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import javax.sql.DataSource;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The owners the ring does not place: a versioned override per owner, in the directory
 * database. Lookups are cached briefly (absent entries too, the common case); a caller
 * that finds an owner missing where the cache sent it asks again with
 * {@link #lookupFresh(UUID)}, so a stale entry costs one extra read, never a wrong
 * answer.
 */
public final class ShardDirectory {

	/** An override as stored. */
	public record Entry(UUID owner, int shardId, Placement placement, long version) {
	}

	private final JdbcClient directory;

	private final Cache<UUID, Optional<Entry>> cache;

	private final Clock clock;

	/**
	 * @param directory the directory database
	 * @param cacheTtl how long a lookup is reused
	 * @param cacheSize how many lookups are kept
	 * @param clock the clock
	 */
	public ShardDirectory(DataSource directory, Duration cacheTtl, long cacheSize, Clock clock) {
		this.directory = JdbcClient.create(directory);
		this.cache = Caffeine.newBuilder().expireAfterWrite(cacheTtl).maximumSize(cacheSize).build();
		this.clock = clock;
	}

	/**
	 * The override of an owner, possibly from the cache.
	 * @param owner the owner
	 * @return its entry, or empty when the ring places it
	 */
	public Optional<Entry> lookup(UUID owner) {
		return this.cache.get(owner, this::read);
	}

	/**
	 * The override of an owner, read from the database.
	 * @param owner the owner
	 * @return its entry, or empty when the ring places it
	 */
	public Optional<Entry> lookupFresh(UUID owner) {
		Optional<Entry> entry = read(owner);
		this.cache.put(owner, entry);
		return entry;
	}

	/**
	 * Places an owner on a shard, replacing any override it had.
	 * @param owner the owner
	 * @param shardId where it lives from now on
	 * @param placement why
	 */
	public void place(UUID owner, int shardId, Placement placement) {
		this.directory.sql("""
				INSERT INTO shard_directory (owner_id, shard_id, reason, version, updated_at) VALUES (?, ?, ?, 1, ?)
				ON DUPLICATE KEY UPDATE shard_id = VALUES(shard_id), reason = VALUES(reason),
				    version = version + 1, updated_at = VALUES(updated_at)""")
			.params(owner.toString(), shardId, placement.name(), Timestamp.from(this.clock.instant()))
			.update();
		this.cache.invalidate(owner);
	}

	/**
	 * Removes a {@link Placement#MOVED} override once the ring puts the owner on the same
	 * shard; pinned owners stay.
	 * @param owner the owner
	 * @param shardId the shard the ring now agrees on
	 * @return whether an override was removed
	 */
	public boolean forgetMove(UUID owner, int shardId) {
		boolean removed = this.directory
			.sql("DELETE FROM shard_directory WHERE owner_id = ? AND shard_id = ? AND reason = 'MOVED'")
			.params(owner.toString(), shardId)
			.update() == 1;
		this.cache.invalidate(owner);
		return removed;
	}

	/**
	 * Removes a {@link Placement#MOVED} override wherever it points.
	 * @param owner the owner
	 */
	public void forgetMove(UUID owner) {
		this.directory.sql("DELETE FROM shard_directory WHERE owner_id = ? AND reason = 'MOVED'")
			.param(owner.toString())
			.update();
		this.cache.invalidate(owner);
	}

	/** Forgets every cached lookup. */
	public void invalidateAll() {
		this.cache.invalidateAll();
	}

	/**
	 * The shard the directory names for an owner.
	 * @param owner the owner
	 * @return the shard, or empty when the ring places it
	 */
	public OptionalInt shardOf(UUID owner) {
		return lookup(owner).map((entry) -> OptionalInt.of(entry.shardId())).orElse(OptionalInt.empty());
	}

	private Optional<Entry> read(UUID owner) {
		return this.directory.sql("SELECT owner_id, shard_id, reason, version FROM shard_directory WHERE owner_id = ?")
			.param(owner.toString())
			.query((rs, row) -> new Entry(UUID.fromString(rs.getString("owner_id")), rs.getInt("shard_id"),
					Placement.valueOf(rs.getString("reason")), rs.getLong("version")))
			.optional();
	}

}
