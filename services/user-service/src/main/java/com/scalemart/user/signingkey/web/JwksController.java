package com.scalemart.user.signingkey.web;

import java.time.Duration;
import java.util.Map;

import com.scalemart.user.signingkey.SigningKey;
import com.scalemart.user.signingkey.SigningKeyRing;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Publishes the public keys that verify access tokens, and lets an administrator rotate
 * the signing key at once (after a suspected leak, or to watch a rotation happen).
 */
@RestController
class JwksController {

	static final String JWK_SET_MEDIA_TYPE = "application/jwk-set+json";

	/**
	 * Resource servers cache the set; a short age keeps a new key visible soon after a
	 * rotation, and they refetch at once when they meet an unknown kid anyway.
	 */
	private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();

	private final SigningKeyRing ring;

	JwksController(SigningKeyRing ring) {
		this.ring = ring;
	}

	@GetMapping(path = "/.well-known/jwks.json", produces = { JWK_SET_MEDIA_TYPE, "application/json" })
	ResponseEntity<Map<String, Object>> jwks() {
		return ResponseEntity.ok().cacheControl(CACHE).body(this.ring.publishedKeys().toJSONObject(true));
	}

	@PostMapping("/api/admin/signing-keys/rotation")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Map<String, Object>> rotate() {
		SigningKey key = this.ring.rotate();
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("kid", key.kid(), "createdAt", key.createdAt()));
	}

}
