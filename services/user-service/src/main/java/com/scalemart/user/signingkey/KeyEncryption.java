package com.scalemart.user.signingkey;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts private keys at rest with AES-256-GCM. The key id is bound in as associated
 * data, so a ciphertext copied onto another row does not decrypt. Stored as
 * {@code nonce (12 bytes) || ciphertext with tag}.
 */
final class KeyEncryption {

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKey key;

	private final SecureRandom random = new SecureRandom();

	KeyEncryption(String base64Key) {
		byte[] raw = Base64.getDecoder().decode(base64Key);
		if (raw.length != 32) {
			throw new IllegalArgumentException(
					"scalemart.user.signing-keys.encryption-key must be 32 bytes in base64 (openssl rand -base64 32)");
		}
		this.key = new SecretKeySpec(raw, "AES");
	}

	byte[] encrypt(byte[] plaintext, String kid) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, kid);
			byte[] ciphertext = cipher.doFinal(plaintext);
			return ByteBuffer.allocate(NONCE_BYTES + ciphertext.length).put(nonce).put(ciphertext).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not encrypt the signing key " + kid, ex);
		}
	}

	byte[] decrypt(byte[] stored, String kid) {
		try {
			Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(stored, NONCE_BYTES), kid);
			return cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not decrypt the signing key " + kid
					+ ": is scalemart.user.signing-keys.encryption-key the one it was stored with?", ex);
		}
	}

	private Cipher cipher(int mode, byte[] nonce, String kid) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, this.key, new GCMParameterSpec(TAG_BITS, nonce));
		cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
		return cipher;
	}

}
