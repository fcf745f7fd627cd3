package com.scalemart.user.auth.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/auth/refresh} and {@code POST /api/auth/logout}. */
record RefreshTokenRequest(@NotBlank @Size(max = 128) String refreshToken) {

	@Override
	public String toString() {
		return "RefreshTokenRequest[refreshToken=***]";
	}

}
