package com.scalemart.user.auth.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/auth/login}. */
record LoginRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 128) String password) {

	@Override
	public String toString() {
		return "LoginRequest[password=***]";
	}

}
