package com.scalemart.user.account;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The global email lookup in the directory database: which user an email belongs to. Its
 * primary key is what keeps an email unique across every shard; login reads it to go
 * straight to the user's shard.
 */
@Repository
class EmailIndex {

	/** An email's reservation. */
	record Reservation(String email, UUID userId, Instant reservedAt) {
	}

	private final JdbcClient directory;

	EmailIndex(JdbcClient directory) {
		this.directory = directory;
	}

	/**
	 * Reserves an email for a new user.
	 * @throws org.springframework.dao.DuplicateKeyException if it is taken
	 */
	void reserve(String email, UUID userId, Instant now) {
		this.directory.sql("INSERT INTO user_emails (email, user_id, reserved_at) VALUES (?, ?, ?)")
			.params(email, userId.toString(), utc(now))
			.update();
	}

	/**
	 * Gives an email to a new user if it is still reserved for the old one.
	 * @return whether it was taken over
	 */
	boolean takeOver(Reservation reservation, UUID userId, Instant now) {
		return this.directory.sql("UPDATE user_emails SET user_id = ?, reserved_at = ? WHERE email = ? AND user_id = ?")
			.params(userId.toString(), utc(now), reservation.email(), reservation.userId().toString())
			.update() == 1;
	}

	/** Frees an email reserved for a user that was not created. */
	void release(String email, UUID userId) {
		this.directory.sql("DELETE FROM user_emails WHERE email = ? AND user_id = ?")
			.params(email, userId.toString())
			.update();
	}

	Optional<Reservation> find(String email) {
		return this.directory.sql("SELECT email, user_id, reserved_at FROM user_emails WHERE email = ?")
			.param(email)
			.query((rs, row) -> new Reservation(rs.getString("email"), UUID.fromString(rs.getString("user_id")),
					rs.getObject("reserved_at", LocalDateTime.class).toInstant(ZoneOffset.UTC)))
			.optional();
	}

	private static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
