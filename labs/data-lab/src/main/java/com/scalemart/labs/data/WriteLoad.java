package com.scalemart.labs.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

import com.scalemart.platform.data.shard.ShardRouter;

/**
 * Writer threads that append an entry to a random owner and count it on the owner row, in
 * one {@link ShardRouter#write} each, at a fixed total rate ({@link Pacer}): an open
 * loop, so a slow write delays the writes behind it (and shows in their latency) instead
 * of lowering the rate.
 */
final class WriteLoad {

	private static final int MAX_ERROR_TEXT = 140;

	private final ShardRouter router;

	private final List<UUID> owners;

	private final Pacer pacer;

	private final int writers;

	private final long seed;

	private final AtomicLong nextTicket = new AtomicLong();

	private volatile long stopTicket = Long.MAX_VALUE;

	private final ConcurrentLinkedQueue<WriteSample> samples = new ConcurrentLinkedQueue<>();

	private final Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();

	private final Set<UUID> failed = ConcurrentHashMap.newKeySet();

	private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();

	private final List<Thread> threads = new ArrayList<>();

	private long startNanos;

	/**
	 * @param router the router the writes go through
	 * @param owners the owners written to, each write to one drawn at random
	 * @param rate writes per second, all writers together
	 * @param writers writer threads
	 * @param seed the seed the owners are drawn with
	 */
	WriteLoad(ShardRouter router, List<UUID> owners, int rate, int writers, long seed) {
		this.router = router;
		this.owners = List.copyOf(owners);
		this.pacer = new Pacer(rate);
		this.writers = writers;
		this.seed = seed;
	}

	/** Starts the writers; the first write is due now. */
	synchronized void start() {
		this.startNanos = System.nanoTime();
		SplittableRandom seeds = new SplittableRandom(this.seed);
		for (int i = 0; i < this.writers; i++) {
			SplittableRandom random = seeds.split();
			this.threads.add(Thread.ofPlatform().name("writer-" + i).start(() -> write(random)));
		}
	}

	/** Nanoseconds since the load started. */
	long elapsedNanos() {
		return System.nanoTime() - this.startNanos;
	}

	/**
	 * Issues no write due after now, and waits for the writes in flight.
	 * @throws InterruptedException if interrupted while waiting
	 */
	void stop() throws InterruptedException {
		this.stopTicket = this.pacer.ticketsDueBy(elapsedNanos());
		for (Thread thread : this.threads) {
			thread.join();
		}
	}

	private void write(SplittableRandom random) {
		while (true) {
			long ticket = this.nextTicket.getAndIncrement();
			if (ticket >= this.stopTicket) {
				return;
			}
			long due = this.pacer.dueNanos(ticket);
			long wait;
			while ((wait = due - elapsedNanos()) > 0) {
				LockSupport.parkNanos(wait);
			}
			if (ticket >= this.stopTicket) {
				return;
			}
			UUID owner = this.owners.get(random.nextInt(this.owners.size()));
			UUID entry = randomUuid(random);
			boolean acknowledged = false;
			try {
				acknowledged = this.router.write(owner, (jdbc) -> {
					jdbc.sql("INSERT INTO entry (account_id, entry_id, note) VALUES (?, ?, 'written')")
						.params(owner.toString(), entry.toString())
						.update();
					return jdbc.sql("UPDATE account SET writes = writes + 1 WHERE id = ?")
						.param(owner.toString())
						.update();
				}).isPresent();
				if (!acknowledged) {
					error("owner not found");
				}
			}
			catch (RuntimeException ex) {
				error(describe(ex));
			}
			long latency = elapsedNanos() - due;
			(acknowledged ? this.acknowledged : this.failed).add(entry);
			this.samples.add(new WriteSample(entry, due, latency, acknowledged));
		}
	}

	/** A version 4 UUID: MariaDB's UUID type refuses other bit patterns. */
	static UUID randomUuid(SplittableRandom random) {
		long most = (random.nextLong() & ~0xF000L) | 0x4000L;
		long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(most, least);
	}

	private void error(String text) {
		this.errors.computeIfAbsent(text, (key) -> new LongAdder()).increment();
	}

	/**
	 * The exception's class and the first line of its root cause's message, shortened:
	 * what went wrong, not the statement it went wrong in.
	 */
	static String describe(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (root.getMessage() != null) ? root.getMessage().lines().findFirst().orElse("") : "";
		String text = failure.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
		return (text.length() > MAX_ERROR_TEXT) ? text.substring(0, MAX_ERROR_TEXT) + "…" : text;
	}

	List<WriteSample> samples() {
		return List.copyOf(this.samples);
	}

	Set<UUID> acknowledged() {
		return Set.copyOf(this.acknowledged);
	}

	Set<UUID> failed() {
		return Set.copyOf(this.failed);
	}

	/** Errors by text, with how often each was seen. */
	Map<String, Long> errors() {
		Map<String, Long> counts = new TreeMap<>();
		this.errors.forEach((text, count) -> counts.put(text, count.sum()));
		return counts;
	}

}
