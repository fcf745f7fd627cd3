package com.scalemart.user.account.web;

import java.net.URI;
import java.util.UUID;

import com.scalemart.user.account.User;
import com.scalemart.user.account.UserManagement;
import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/users}: register, read and change accounts. */
@RestController
@RequestMapping(path = "/api/users", produces = MediaType.APPLICATION_JSON_VALUE)
class UserController {

	private final UserManagement userManagement;

	UserController(UserManagement userManagement) {
		this.userManagement = userManagement;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<UserResponse> register(@Valid @RequestBody RegisterUserRequest request) {
		User user = this.userManagement.register(request.email(), request.password(), request.name(), request.phone());
		return ResponseEntity.created(URI.create("/api/users/" + user.id())).body(UserResponse.of(user));
	}

	@GetMapping("/me")
	UserResponse me(@AuthenticationPrincipal Jwt token) {
		return UserResponse.of(this.userManagement.get(userId(token)));
	}

	@PatchMapping(path = "/me", consumes = MediaType.APPLICATION_JSON_VALUE)
	UserResponse updateMe(@AuthenticationPrincipal Jwt token, @Valid @RequestBody UpdateProfileRequest request) {
		return UserResponse.of(this.userManagement.updateProfile(userId(token), request.name(), request.phone()));
	}

	// Checked before the lookup, so a non-admin cannot probe which ids exist.
	@GetMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN') or #id.toString() == authentication.name")
	UserResponse get(@PathVariable UUID id) {
		return UserResponse.of(this.userManagement.get(id));
	}

	@PutMapping(path = "/{id}/roles", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('ADMIN')")
	UserResponse changeRoles(@PathVariable UUID id, @Valid @RequestBody ChangeRolesRequest request) {
		return UserResponse.of(this.userManagement.changeRoles(id, request.roles()));
	}

	private static UUID userId(Jwt token) {
		return UUID.fromString(token.getSubject());
	}

}
