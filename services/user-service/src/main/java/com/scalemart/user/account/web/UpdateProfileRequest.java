package com.scalemart.user.account.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code PATCH /api/users/me}: a field that is absent stays as it is; an
 * empty {@code phone} removes the phone number.
 */
record UpdateProfileRequest(
		@Nullable @Size(min = 1, max = 100) @Pattern(regexp = Patterns.NAME,
				message = "must not contain control characters") String name,
		@Nullable @Pattern(regexp = "^$|" + Patterns.PHONE,
				message = "must be a phone number: digits, spaces, ()-, an optional leading +") String phone) {
}
