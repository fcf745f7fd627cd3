package com.scalemart.user.account.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.scalemart.user.account.Role;
import com.scalemart.user.account.User;
import org.jspecify.annotations.Nullable;

/** An account as its owner and administrators see it; never the password hash. */
record UserResponse(UUID id, String email, String name, @Nullable String phone, List<Role> roles, Instant createdAt) {

	static UserResponse of(User user) {
		return new UserResponse(user.id(), user.email(), user.name(), user.phone(),
				user.roles().stream().sorted().toList(), user.createdAt());
	}

}
