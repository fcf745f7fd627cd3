package com.scalemart.platform.cache;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class L1StoreTests {

	private static final long TTL = Duration.ofMinutes(1).toNanos();

	private final MutableClock clock = new MutableClock();

	private final L1Store<String> store = new L1Store<>(100, () -> this.clock.millis() * 1_000_000L);

	@Test
	void aLoadThatBeganBeforeAnInvalidationIsNotStored() {
		long loadStart = this.store.beginLoad();
		this.store.invalidate("k");
		assertThat(this.store.fill("k", new L1Entry<>("old", TTL), loadStart)).isFalse();
		assertThat(this.store.get("k")).isNull();
	}

	@Test
	void aLoadThatBeganAfterTheInvalidationIsStored() {
		this.store.invalidate("k");
		long loadStart = this.store.beginLoad();
		assertThat(this.store.fill("k", new L1Entry<>("new", TTL), loadStart)).isTrue();
		assertThat(this.store.get("k")).isEqualTo(new L1Entry<>("new", TTL));
	}

	@Test
	void anInvalidationOfAnotherKeyDoesNotBlockTheLoad() {
		long loadStart = this.store.beginLoad();
		this.store.invalidate("other");
		assertThat(this.store.fill("k", new L1Entry<>("v", TTL), loadStart)).isTrue();
	}

	@Test
	void aLocalWriteWinsOverALoadThatBeganBeforeIt() {
		long loadStart = this.store.beginLoad();
		this.store.replace("k", new L1Entry<>("written", TTL));
		assertThat(this.store.fill("k", new L1Entry<>("loaded", TTL), loadStart)).isFalse();
		assertThat(this.store.get("k").value()).isEqualTo("written");
	}

	@Test
	void invalidateAllFencesEveryLoadInFlight() {
		long loadStart = this.store.beginLoad();
		this.store.fill("a", new L1Entry<>("a", TTL), loadStart);
		this.store.invalidateAll();
		assertThat(this.store.get("a")).isNull();
		assertThat(this.store.fill("b", new L1Entry<>("b", TTL), loadStart)).isFalse();
		assertThat(this.store.fill("b", new L1Entry<>("b", TTL), this.store.beginLoad())).isTrue();
	}

	@Test
	void evictedTombstonesRaiseTheFloorInsteadOfForgettingInvalidations() {
		long loadStart = this.store.beginLoad();
		this.store.invalidate("k");
		// far more invalidations than tombstones are kept
		for (int i = 0; i < 5_000; i++) {
			this.store.invalidate("other-" + i);
		}
		assertThat(this.store.fill("k", new L1Entry<>("old", TTL), loadStart)).isFalse();
	}

	@Test
	void entriesExpireAfterTheirOwnTtl() {
		this.store.fill("short", new L1Entry<>("s", Duration.ofSeconds(5).toNanos()), this.store.beginLoad());
		this.store.fill("long", new L1Entry<>("l", Duration.ofSeconds(50).toNanos()), this.store.beginLoad());
		this.clock.advance(Duration.ofSeconds(6));
		assertThat(this.store.get("short")).isNull();
		assertThat(this.store.get("long")).isNotNull();
		this.clock.advance(Duration.ofSeconds(45));
		assertThat(this.store.get("long")).isNull();
	}

	@Test
	void absentIsAnEntryWithoutValue() {
		this.store.fill("k", new L1Entry<>(null, TTL), this.store.beginLoad());
		assertThat(this.store.get("k")).isNotNull().extracting(L1Entry::value).isNull();
	}

}
