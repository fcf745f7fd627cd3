package com.scalemart.user.account;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import com.scalemart.platform.web.ProblemException;
import com.scalemart.platform.web.ProblemType;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable, after NIST SP 800-63B: long enough, not a well-known
 * password, not built from the account's own email, and not one repeated character. No
 * composition rules: they make passwords harder to remember, not to guess.
 */
@Component
public class PasswordPolicy {

	public static final ProblemType WEAK_PASSWORD = new ProblemType("weak-password", HttpStatus.BAD_REQUEST,
			"The password is too weak");

	static final int MIN_LENGTH = 12;

	/** bcrypt reads at most 72 bytes; a longer password would be silently truncated. */
	static final int MAX_BYTES = 72;

	private static final Set<String> COMMON = Set.of("123456789012", "password1234", "qwertyuiopas", "passwordpassword",
			"iloveyou1234", "changeme1234", "letmein12345", "administrator", "welcome12345",
			"correcthorsebatterystaple", "1q2w3e4r5t6y", "qwerty123456", "abc123456789", "scalemart123");

	/**
	 * @throws ProblemException if the password is too weak for this email
	 */
	public void check(String password, String email) {
		if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
			throw weak("The password needs at least " + MIN_LENGTH + " characters.");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw weak("The password may be at most " + MAX_BYTES + " bytes long.");
		}
		String lowered = password.toLowerCase(Locale.ROOT);
		if (COMMON.contains(lowered)) {
			throw weak("The password is on the list of common passwords.");
		}
		String localPart = email.substring(0, Math.max(0, email.indexOf('@'))).toLowerCase(Locale.ROOT);
		if (localPart.length() >= 4 && lowered.contains(localPart)) {
			throw weak("The password must not contain your email address.");
		}
		if (password.chars().distinct().count() < 5) {
			throw weak("The password needs at least 5 different characters.");
		}
	}

	private static ProblemException weak(String detail) {
		return new ProblemException(WEAK_PASSWORD, detail);
	}

}
