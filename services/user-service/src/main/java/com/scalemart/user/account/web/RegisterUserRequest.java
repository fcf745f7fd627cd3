package com.scalemart.user.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/users}. Sizes are checked here, before anything is hashed
 * or stored; the password's strength is the {@code PasswordPolicy}'s to judge.
 */
record RegisterUserRequest(
		@NotBlank @Size(max = 254) @Email(regexp = Patterns.EMAIL, message = "must be an email address") String email,
		@NotNull @Size(max = 128) String password,
		@NotBlank @Size(max = 100) @Pattern(regexp = Patterns.NAME,
				message = "must not contain control characters") String name,
		@Nullable @Pattern(regexp = Patterns.PHONE,
				message = "must be a phone number: digits, spaces, ()-, an optional leading +") String phone) {
}
