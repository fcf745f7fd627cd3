package com.scalemart.platform.data;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReadYourWritesTests {

	private Instant now = Instant.parse("2026-01-01T00:00:00Z");

	private final ReadYourWrites positions = new ReadYourWrites(Duration.ofSeconds(10), new Clock() {

		@Override
		public Instant instant() {
			return ReadYourWritesTests.this.now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	});

	@Test
	void aPositionIsPendingForItsWriterOnlyAndOnlyWithinTheWindow() {
		this.positions.record("alice", "0-1-42");
		assertThat(this.positions.pending("alice")).isEqualTo("0-1-42");
		assertThat(this.positions.pending("bob")).isNull();
		this.now = this.now.plusSeconds(10);
		assertThat(this.positions.pending("alice")).isNull();
		assertThat(this.positions.size()).isZero();
	}

	@Test
	void anAppliedPositionIsForgottenUnlessANewerWriteReplacedIt() {
		this.positions.record("alice", "0-1-42");
		this.positions.applied("alice", "0-1-42");
		assertThat(this.positions.pending("alice")).isNull();
		this.positions.record("alice", "0-1-43");
		this.positions.applied("alice", "0-1-42");
		assertThat(this.positions.pending("alice")).isEqualTo("0-1-43");
	}

	@Test
	void scopesNestAndRestoreTheOuterWriter() {
		assertThat(ReadYourWrites.currentWriter()).isNull();
		try (ReadYourWrites.Scope outer = this.positions.as("alice")) {
			try (ReadYourWrites.Scope inner = this.positions.as("bob")) {
				assertThat(ReadYourWrites.currentWriter()).isEqualTo("bob");
			}
			assertThat(ReadYourWrites.currentWriter()).isEqualTo("alice");
		}
		assertThat(ReadYourWrites.currentWriter()).isNull();
	}

	@Test
	void sweepDropsExpiredPositionsAndAnEmptyPositionIsNotRecorded() {
		this.positions.record("alice", "0-1-1");
		this.positions.record("bob", "");
		this.now = this.now.plusSeconds(11);
		this.positions.sweep();
		assertThat(this.positions.size()).isZero();
	}

	@Test
	void somethingThatIsNotAGtidPositionIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.positions.record("alice", "0-1-1'; DROP"));
	}

	@Test
	void onlyConnectionFailuresAreRetried() {
		assertThat(ReplicaReadRetry.isConnectionFailure(
				new DataAccessResourceFailureException("gone", new SQLNonTransientConnectionException("reset"))))
			.isTrue();
		assertThat(ReplicaReadRetry.isConnectionFailure(new RuntimeException(new java.sql.SQLException("x", "08S01"))))
			.isTrue();
		assertThat(ReplicaReadRetry.isConnectionFailure(new DataIntegrityViolationException("duplicate"))).isFalse();
		assertThat(ReplicaReadRetry.isConnectionFailure(new RuntimeException(new SQLSyntaxErrorException("bad"))))
			.isFalse();
	}

}
