package com.scalemart.user.signingkey;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import org.jspecify.annotations.Nullable;

/**
 * An RSA key pair that signs access tokens with RS256.
 *
 * @param retiredAt when a newer key took over signing; {@code null} while this key signs
 */
public record SigningKey(String kid, RSAPublicKey publicKey, RSAPrivateKey privateKey, Instant createdAt,
		@Nullable Instant retiredAt) {

	static final String ALGORITHM = "RS256";

	private static final int KEY_SIZE = 2048;

	static SigningKey generate(Instant now) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(KEY_SIZE);
			KeyPair pair = generator.generateKeyPair();
			return new SigningKey(UUID.randomUUID().toString(), (RSAPublicKey) pair.getPublic(),
					(RSAPrivateKey) pair.getPrivate(), now, null);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has RSA", ex);
		}
	}

	/**
	 * Whether this key must still be published: it signs, or a token it signed may not
	 * have expired yet.
	 */
	boolean isPublishedAt(Instant now, Duration tokenLifetime) {
		return this.retiredAt == null || this.retiredAt.plus(tokenLifetime).isAfter(now);
	}

	/** The public half, as published in the JWKS. */
	public RSAKey publicJwk() {
		return new RSAKey.Builder(this.publicKey).keyID(this.kid)
			.algorithm(JWSAlgorithm.RS256)
			.keyUse(KeyUse.SIGNATURE)
			.build();
	}

	RSAKey privateJwk() {
		return new RSAKey.Builder(this.publicKey).privateKey(this.privateKey)
			.keyID(this.kid)
			.algorithm(JWSAlgorithm.RS256)
			.keyUse(KeyUse.SIGNATURE)
			.build();
	}

	@Override
	public String toString() {
		// Never the private key, whoever logs this.
		return "SigningKey[kid=" + this.kid + ", createdAt=" + this.createdAt + ", retiredAt=" + this.retiredAt + "]";
	}

}
