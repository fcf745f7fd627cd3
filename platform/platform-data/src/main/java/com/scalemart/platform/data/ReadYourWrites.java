package com.scalemart.platform.data;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Lets a writer read its own writes although replication is asynchronous. While a caller
 * runs inside {@link #as(String)}, every connection it writes through records the
 * primary's GTID position ({@code @@gtid_binlog_pos}) under its key when it is closed;
 * its read-only transactions then go to the replica only once the replica has applied
 * that position ({@code MASTER_GTID_WAIT(position, 0) = 0}), and to the primary before.
 * After {@code window} a position is forgotten: by then a replica that has still not
 * applied it is further behind than the maximum lag, and the lag check sends every read
 * to the primary anyway.
 * <p>
 * The positions live in this instance's memory: a write on one instance followed by a
 * read on another is not covered. Callers route a writer to one instance, or accept that.
 * The position recorded is the primary's whole log position, which may include other
 * writers' later transactions: a writer can wait for more than its own write, never less.
 */
public final class ReadYourWrites {

	private static final Pattern GTID_POSITION = Pattern.compile("[0-9]+-[0-9]+-[0-9]+(,[0-9]+-[0-9]+-[0-9]+)*");

	private static final ThreadLocal<@Nullable String> CURRENT_WRITER = new ThreadLocal<>();

	private static final int SWEEP_ABOVE = 10_000;

	private final Map<String, Position> positions = new ConcurrentHashMap<>();

	private final Duration window;

	private final Clock clock;

	ReadYourWrites(Duration window, Clock clock) {
		this.window = window;
		this.clock = clock;
	}

	/**
	 * Runs what follows as the given writer, until the scope is closed.
	 * @param writerKey who writes and reads, e.g. the user id or the token's subject
	 * @return the scope, to close in a try-with-resources
	 */
	public Scope as(String writerKey) {
		String previous = CURRENT_WRITER.get();
		CURRENT_WRITER.set(writerKey);
		return () -> {
			if (previous != null) {
				CURRENT_WRITER.set(previous);
			}
			else {
				CURRENT_WRITER.remove();
			}
		};
	}

	/** A writer's scope; closing it restores the previous writer, if any. */
	@FunctionalInterface
	public interface Scope extends AutoCloseable {

		@Override
		void close();

	}

	static @Nullable String currentWriter() {
		return CURRENT_WRITER.get();
	}

	void record(String writerKey, String gtidPosition) {
		if (gtidPosition.isEmpty()) {
			return;
		}
		if (!GTID_POSITION.matcher(gtidPosition).matches()) {
			throw new IllegalArgumentException("not a GTID position: " + gtidPosition);
		}
		if (this.positions.size() > SWEEP_ABOVE) {
			sweep();
		}
		this.positions.put(writerKey, new Position(gtidPosition, this.clock.instant().plus(this.window)));
	}

	/**
	 * The position the writer's reads must wait for, if it wrote within the window.
	 */
	@Nullable String pending(String writerKey) {
		Position position = this.positions.get(writerKey);
		if (position == null) {
			return null;
		}
		if (!this.clock.instant().isBefore(position.expiresAt())) {
			this.positions.remove(writerKey, position);
			return null;
		}
		return position.gtid();
	}

	/**
	 * The replica has applied the position: the writer's reads need not check it again.
	 */
	void applied(String writerKey, String gtidPosition) {
		this.positions.computeIfPresent(writerKey,
				(key, position) -> position.gtid().equals(gtidPosition) ? null : position);
	}

	/** Drops expired positions so that writers who never read again do not accumulate. */
	void sweep() {
		Instant now = this.clock.instant();
		this.positions.values().removeIf((position) -> !now.isBefore(position.expiresAt()));
	}

	int size() {
		return this.positions.size();
	}

	private record Position(String gtid, Instant expiresAt) {
	}

}
