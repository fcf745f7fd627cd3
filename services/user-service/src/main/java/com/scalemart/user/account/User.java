package com.scalemart.user.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A registered account.
 *
 * @param id time-ordered (version 7) UUID, so new rows append to the primary key's index
 * @param email lower-cased, unique across the platform
 * @param passwordHash in the {@code {id}hash} format of Spring Security's delegating
 * encoder
 * @param version incremented by every update
 */
public record User(UUID id, String email, String passwordHash, String name, @Nullable String phone, Set<Role> roles,
		long version, Instant createdAt, Instant updatedAt) {

	public User {
		roles = Set.copyOf(roles);
	}

	static User register(UUID id, String email, String passwordHash, String name, @Nullable String phone, Instant now) {
		return new User(id, email, passwordHash, name, phone, EnumSet.of(Role.USER), 0, now, now);
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

}
