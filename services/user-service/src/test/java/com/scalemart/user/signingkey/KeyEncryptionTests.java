package com.scalemart.user.signingkey;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class KeyEncryptionTests {

	private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

	private final KeyEncryption encryption = new KeyEncryption(KEY);

	@Test
	void roundTripsAndNeverRepeatsACiphertext() {
		byte[] secret = "private key material".getBytes(StandardCharsets.UTF_8);
		byte[] first = this.encryption.encrypt(secret, "kid-1");
		byte[] second = this.encryption.encrypt(secret, "kid-1");
		assertThat(first).isNotEqualTo(second);
		assertThat(this.encryption.decrypt(first, "kid-1")).isEqualTo(secret);
	}

	@Test
	void aCiphertextMovedToAnotherKeyIdDoesNotDecrypt() {
		byte[] stored = this.encryption.encrypt(new byte[] { 1, 2, 3 }, "kid-1");
		assertThatIllegalStateException().isThrownBy(() -> this.encryption.decrypt(stored, "kid-2"));
	}

	@Test
	void aTamperedCiphertextDoesNotDecrypt() {
		byte[] stored = this.encryption.encrypt(new byte[] { 1, 2, 3 }, "kid-1");
		stored[stored.length - 1] ^= 1;
		assertThatIllegalStateException().isThrownBy(() -> this.encryption.decrypt(stored, "kid-1"));
	}

	@Test
	void anotherEncryptionKeyCannotDecrypt() {
		byte[] stored = this.encryption.encrypt(new byte[] { 1, 2, 3 }, "kid-1");
		byte[] other = new byte[32];
		other[0] = 1;
		KeyEncryption wrongKey = new KeyEncryption(Base64.getEncoder().encodeToString(other));
		assertThatIllegalStateException().isThrownBy(() -> wrongKey.decrypt(stored, "kid-1"))
			.withMessageContaining("encryption-key");
	}

	@Test
	void refusesAKeyOfTheWrongSize() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new KeyEncryption(Base64.getEncoder().encodeToString(new byte[16])))
			.withMessageContaining("32 bytes");
	}

}
