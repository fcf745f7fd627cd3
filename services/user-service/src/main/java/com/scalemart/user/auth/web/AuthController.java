package com.scalemart.user.auth.web;

import com.scalemart.platform.web.ClientAddressResolver;
import com.scalemart.user.auth.Authenticator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/auth}: log in, refresh, log out. Tokens are never cached on the way. */
@RestController
@RequestMapping(path = "/api/auth", consumes = MediaType.APPLICATION_JSON_VALUE)
class AuthController {

	private final Authenticator authenticator;

	private final ClientAddressResolver clientAddresses;

	AuthController(Authenticator authenticator, ClientAddressResolver clientAddresses) {
		this.authenticator = authenticator;
		this.clientAddresses = clientAddresses;
	}

	@PostMapping(path = "/login", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<TokenResponse> login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
		return tokens(TokenResponse
			.of(this.authenticator.login(request.email(), request.password(), this.clientAddresses.resolve(http))));
	}

	@PostMapping(path = "/refresh", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<TokenResponse> refresh(@Valid @RequestBody RefreshTokenRequest request) {
		return tokens(TokenResponse.of(this.authenticator.refresh(request.refreshToken())));
	}

	@PostMapping("/logout")
	ResponseEntity<Void> logout(@Valid @RequestBody RefreshTokenRequest request) {
		this.authenticator.logout(request.refreshToken());
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<TokenResponse> tokens(TokenResponse body) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header("Pragma", "no-cache").body(body);
	}

}
