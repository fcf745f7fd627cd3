package com.scalemart.user.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.scalemart.platform.data.shard.ShardRouter;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/**
 * Accounts on the shards, through plain SQL: each user's row is on the shard the router
 * names, and its email in the global lookup. Times are stored as UTC {@code DATETIME(6)}
 * so that neither the JVM's nor the server's time zone changes what is read back.
 */
@Repository
public class UserRepository {

	private static final String COLUMNS = "id, email, password_hash, name, phone, roles, version, created_at, updated_at";

	// a reservation whose user was never created (its instance died in between) is freed
	// after this long; a registration in flight takes far less
	private static final Duration ABANDONED_RESERVATION = Duration.ofMinutes(1);

	private final ShardRouter router;

	private final EmailIndex emails;

	UserRepository(ShardRouter router, EmailIndex emails) {
		this.router = router;
		this.emails = emails;
	}

	/**
	 * Inserts a new account: its email into the global lookup, then its row onto its
	 * shard; the email is freed again if the row cannot be written.
	 * @throws DuplicateKeyException if the email is taken
	 */
	void insert(User user) {
		reserveEmail(user);
		try {
			this.router.create(user.id(),
					(jdbc) -> jdbc.sql("INSERT INTO users (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
						.params(user.id().toString(), user.email(), user.passwordHash(), user.name(), user.phone(),
								encode(user.roles()), user.version(), utc(user.createdAt()), utc(user.updatedAt()))
						.update());
		}
		catch (RuntimeException ex) {
			this.emails.release(user.email(), user.id());
			throw ex;
		}
	}

	private void reserveEmail(User user) {
		try {
			this.emails.reserve(user.email(), user.id(), user.createdAt());
		}
		catch (DuplicateKeyException taken) {
			EmailIndex.Reservation reservation = this.emails.find(user.email()).orElseThrow(() -> taken);
			boolean abandoned = reservation.reservedAt().isBefore(user.createdAt().minus(ABANDONED_RESERVATION))
					&& findById(reservation.userId()).isEmpty();
			if (!abandoned || !this.emails.takeOver(reservation, user.id(), user.createdAt())) {
				throw taken;
			}
		}
	}

	public Optional<User> findById(UUID id) {
		return this.router.read(id,
				(jdbc) -> jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE id = ?")
					.param(id.toString())
					.query(UserRepository::map)
					.optional());
	}

	/** Finds the user by the global lookup, then on its shard: no shard is scanned. */
	public Optional<User> findByEmail(String email) {
		return this.emails.find(email)
			.flatMap((reservation) -> findById(reservation.userId()))
			.filter((user) -> user.email().equals(email));
	}

	/** Updates name and phone if the row is still at {@code expectedVersion}. */
	boolean updateProfile(UUID id, long expectedVersion, String name, @Nullable String phone, Instant now) {
		return this.router.write(id, (jdbc) -> jdbc.sql(
				"UPDATE users SET name = ?, phone = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?")
			.params(name, phone, utc(now), id.toString(), expectedVersion)
			.update()).map((updated) -> updated == 1).orElse(false);
	}

	boolean updateRoles(UUID id, Set<Role> roles, Instant now) {
		return this.router
			.write(id,
					(jdbc) -> jdbc.sql("UPDATE users SET roles = ?, version = version + 1, updated_at = ? WHERE id = ?")
						.params(encode(roles), utc(now), id.toString())
						.update())
			.map((updated) -> updated == 1)
			.orElse(false);
	}

	static User map(ResultSet rs, int row) throws SQLException {
		return new User(UUID.fromString(rs.getString("id")), rs.getString("email"), rs.getString("password_hash"),
				rs.getString("name"), rs.getString("phone"), decode(rs.getString("roles")), rs.getLong("version"),
				instant(rs, "created_at"), instant(rs, "updated_at"));
	}

	private static String encode(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
	}

	private static Set<Role> decode(String roles) {
		Set<Role> decoded = EnumSet.noneOf(Role.class);
		Arrays.stream(roles.split(",")).filter((role) -> !role.isEmpty()).map(Role::valueOf).forEach(decoded::add);
		return decoded;
	}

	private static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
	}

}
