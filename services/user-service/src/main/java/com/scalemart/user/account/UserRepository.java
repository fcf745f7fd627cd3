package com.scalemart.user.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Accounts in MariaDB, through plain SQL. Times are stored as UTC {@code DATETIME(6)} so
 * that neither the JVM's nor the server's time zone changes what is read back.
 */
@Repository
public class UserRepository {

	private static final String COLUMNS = "id, email, password_hash, name, phone, roles, version, created_at, updated_at";

	private final JdbcClient jdbc;

	UserRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts a new account.
	 * @throws org.springframework.dao.DuplicateKeyException if the email is taken
	 */
	void insert(User user) {
		this.jdbc.sql("INSERT INTO users (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(user.id().toString(), user.email(), user.passwordHash(), user.name(), user.phone(),
					encode(user.roles()), user.version(), utc(user.createdAt()), utc(user.updatedAt()))
			.update();
	}

	public Optional<User> findById(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE id = ?")
			.param(id.toString())
			.query(UserRepository::map)
			.optional();
	}

	public Optional<User> findByEmail(String email) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE email = ?")
			.param(email)
			.query(UserRepository::map)
			.optional();
	}

	/** Updates name and phone if the row is still at {@code expectedVersion}. */
	boolean updateProfile(UUID id, long expectedVersion, String name, @Nullable String phone, Instant now) {
		return this.jdbc.sql(
				"UPDATE users SET name = ?, phone = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?")
			.params(name, phone, utc(now), id.toString(), expectedVersion)
			.update() == 1;
	}

	boolean updateRoles(UUID id, Set<Role> roles, Instant now) {
		return this.jdbc.sql("UPDATE users SET roles = ?, version = version + 1, updated_at = ? WHERE id = ?")
			.params(encode(roles), utc(now), id.toString())
			.update() == 1;
	}

	private static User map(ResultSet rs, int row) throws SQLException {
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
