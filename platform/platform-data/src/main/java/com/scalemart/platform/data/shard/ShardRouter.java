package com.scalemart.platform.data.shard;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Function;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sends an owner's reads and writes to the shard that holds it: the directory's override
 * when it has one, otherwise the ring of the active shards.
 * <p>
 * Where this instance's view is stale (a cached lookup, an old shard set), the answer is
 * corrected, not wrong: a read that finds nothing and a write that finds no owner row
 * look the owner up again from the databases and go there. A write first locks the owner
 * row ({@code SELECT ... FOR UPDATE}) and gives up on a row that is in transit, so a
 * resharding job's fence, which sets that flag under the same lock, waits for writes in
 * flight and keeps new ones out; they retry until the move is done.
 */
public final class ShardRouter {

	private static final Duration FIRST_BACKOFF = Duration.ofMillis(2);

	private static final Duration MAX_BACKOFF = Duration.ofMillis(50);

	private static final int MAX_CREATE_ATTEMPTS = 5;

	private final ShardRegistry registry;

	private final ShardDirectory directory;

	private final OwnedTables tables;

	private final Duration moveWait;

	private final Counter fencedRetries;

	private final Counter staleRoutes;

	/**
	 * @param registry the shard set
	 * @param directory the overrides
	 * @param tables what an owner is made of
	 * @param moveWait how long a write waits for an owner that is being moved
	 * @param meters where retries are counted
	 */
	public ShardRouter(ShardRegistry registry, ShardDirectory directory, OwnedTables tables, Duration moveWait,
			MeterRegistry meters) {
		this.registry = registry;
		this.directory = directory;
		this.tables = tables;
		this.moveWait = moveWait;
		this.fencedRetries = Counter.builder("scalemart.shard.write.fenced")
			.description("Writes that met an owner being moved and waited")
			.register(meters);
		this.staleRoutes = Counter.builder("scalemart.shard.route.stale")
			.description("Reads and writes sent to a shard that no longer held the owner, then re-routed")
			.register(meters);
	}

	public ShardRegistry registry() {
		return this.registry;
	}

	/**
	 * Where an owner lives, as far as this instance knows.
	 * @param owner the owner
	 * @return the shard id
	 */
	public int locate(UUID owner) {
		OptionalInt override = this.directory.shardOf(owner);
		return override.isPresent() ? override.getAsInt() : this.registry.layout().ringShard(owner);
	}

	/**
	 * Where an owner lives, read from the databases now.
	 * @param owner the owner
	 * @return the shard id
	 */
	public int locateFresh(UUID owner) {
		ShardLayout layout = this.registry.refresh();
		return this.directory.lookupFresh(owner)
			.map(ShardDirectory.Entry::shardId)
			.orElseGet(() -> layout.ringShard(owner));
	}

	/**
	 * Reads an owner's data.
	 * @param <T> what is read
	 * @param owner the owner
	 * @param query the read, on the owner's shard; empty when it finds nothing
	 * @return what it found
	 */
	public <T> Optional<T> read(UUID owner, Function<JdbcClient, Optional<T>> query) {
		int shard = locate(owner);
		Optional<T> found = query.apply(this.registry.database(shard).jdbc());
		if (found.isPresent()) {
			return found;
		}
		int fresh = locateFresh(owner);
		if (fresh == shard) {
			return found;
		}
		this.staleRoutes.increment();
		return query.apply(this.registry.database(fresh).jdbc());
	}

	/**
	 * Writes an owner's data in one transaction of its shard, with the owner row locked.
	 * @param <T> the write's result
	 * @param owner the owner
	 * @param work the write
	 * @return its result, or empty when the owner does not exist
	 * @throws OwnerBusyException when the owner stays in transit longer than writes wait
	 */
	public <T> Optional<T> write(UUID owner, Function<JdbcClient, T> work) {
		long deadline = System.nanoTime() + this.moveWait.toNanos();
		Duration backoff = FIRST_BACKOFF;
		int shard = locate(owner);
		while (true) {
			ShardDatabase database = this.registry.database(shard);
			try {
				return Optional.ofNullable(database.inTransaction((jdbc) -> {
					lockOwner(jdbc, owner, database.shardId());
					return work.apply(jdbc);
				}));
			}
			catch (OwnerMissingException ex) {
				// looked up after the miss: a job writes the directory before it deletes
				// the original, so a miss it caused is visible here
				int fresh = locateFresh(owner);
				if (fresh == shard) {
					return Optional.empty();
				}
				this.staleRoutes.increment();
				shard = fresh;
			}
			catch (OwnerInTransitException ex) {
				this.fencedRetries.increment();
				if (System.nanoTime() > deadline) {
					throw new OwnerBusyException(owner, this.moveWait);
				}
				sleep(backoff);
				backoff = (backoff.compareTo(MAX_BACKOFF) < 0) ? backoff.multipliedBy(2) : MAX_BACKOFF;
				shard = locateFresh(owner);
			}
		}
	}

	/**
	 * Creates a new owner where it belongs: by the ring, or while a shard is joining, by
	 * the ring that includes it (with a directory entry until that ring is active). The
	 * insert commits only if the shard set did not change meanwhile; otherwise it is
	 * placed again, so no owner is created by a view a resharding job has moved past.
	 * @param <T> the insert's result
	 * @param owner the new owner's id
	 * @param insert the insert, on the chosen shard
	 * @return its result
	 */
	public <T> T create(UUID owner, Function<JdbcClient, T> insert) {
		boolean overridden = false;
		for (int attempt = 1;; attempt++) {
			ShardLayout layout = (attempt == 1) ? this.registry.layout() : this.registry.refresh();
			int shard = layout.targetShard(owner);
			if (shard != layout.ringShard(owner)) {
				this.directory.place(owner, shard, Placement.MOVED);
				overridden = true;
			}
			else if (overridden) {
				this.directory.forgetMove(owner);
				overridden = false;
			}
			try {
				return this.registry.database(shard).inTransaction((jdbc) -> {
					T result = insert.apply(jdbc);
					if (this.registry.currentVersion() != layout.version()) {
						// rolls the insert back; the loop places the owner again
						throw new ShardSetChangedException();
					}
					return result;
				});
			}
			catch (ShardSetChangedException ex) {
				if (attempt == MAX_CREATE_ATTEMPTS) {
					throw new IllegalStateException(
							"the shard set changed " + attempt + " times while creating " + owner + "; try again", ex);
				}
			}
		}
	}

	private static final class ShardSetChangedException extends RuntimeException {

		ShardSetChangedException() {
			super("the shard set changed", null, false, false);
		}

	}

	private void lockOwner(JdbcClient jdbc, UUID owner, int shardId) {
		Boolean inTransit = jdbc
			.sql("SELECT %s FROM %s WHERE %s = ? FOR UPDATE".formatted(this.tables.transitColumn(),
					this.tables.ownerTable(), this.tables.keyColumn()))
			.param(owner.toString())
			.query(Boolean.class)
			.optional()
			.orElseThrow(() -> new OwnerMissingException(owner, shardId));
		if (inTransit) {
			throw new OwnerInTransitException(owner, shardId);
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for an owner being moved", ex);
		}
	}

}
