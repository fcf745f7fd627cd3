package com.scalemart.user.account;

import com.scalemart.platform.web.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@ParameterizedTest
	@ValueSource(strings = { "correct-Horse-42-battery", "twelve chars", "ünïcödé-pässwörd", "a1b2c3d4e5f6" })
	void acceptsLongEnoughPasswords(String password) {
		assertThatCode(() -> this.policy.check(password, "ada@example.com")).doesNotThrowAnyException();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "eleven char", "PASSWORD1234", "abababababab", "ada.lovelace-1815" })
	void refusesWeakPasswords(String password) {
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.policy.check(password, "ada.lovelace@example.com"))
			.satisfies((ex) -> org.assertj.core.api.Assertions.assertThat(ex.problemType())
				.isEqualTo(PasswordPolicy.WEAK_PASSWORD));
	}

	@Test
	void refusesWhatBcryptWouldTruncate() {
		// 37 characters, 74 bytes in UTF-8.
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.policy.check("é".repeat(36) + "x", "ada@example.com"));
	}

	@Test
	void countsCharactersNotUtf16Units() {
		// Twelve emoji are twelve characters (24 UTF-16 units) and 48 bytes.
		assertThatCode(() -> this.policy.check("😀😁😂🤣😃😄😅😆😉😊😋😎", "ada@example.com"))
			.doesNotThrowAnyException();
	}

}
