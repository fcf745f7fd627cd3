package com.scalemart.user.auth;

import java.util.Optional;
import java.util.function.Supplier;

import com.scalemart.platform.web.ProblemException;
import com.scalemart.platform.web.ProblemType;
import com.scalemart.user.account.User;
import com.scalemart.user.account.UserManagement;
import com.scalemart.user.account.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Login, refresh and logout. Failures say as little as they can: a wrong password and an
 * unknown email get the same answer in about the same time, so neither reveals whether an
 * account exists. When Redis, which holds the throttle and the refresh tokens, cannot be
 * reached, these fail closed with 503: an unthrottled login is worse than none.
 */
@Service
public class Authenticator {

	public static final ProblemType BAD_CREDENTIALS = new ProblemType("bad-credentials", HttpStatus.UNAUTHORIZED,
			"The email or password is wrong");

	public static final ProblemType INVALID_REFRESH_TOKEN = new ProblemType("invalid-refresh-token",
			HttpStatus.UNAUTHORIZED, "The refresh token is not valid");

	private static final Logger audit = LoggerFactory.getLogger("scalemart.audit");

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final LoginThrottle throttle;

	private final RefreshTokenFamilies refreshTokens;

	private final AccessTokenIssuer accessTokens;

	/**
	 * Compared against when the email is unknown, to spend the same time as a real check.
	 */
	private final String decoyHash;

	Authenticator(UserRepository users, PasswordEncoder passwordEncoder, LoginThrottle throttle,
			RefreshTokenFamilies refreshTokens, AccessTokenIssuer accessTokens) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.throttle = throttle;
		this.refreshTokens = refreshTokens;
		this.accessTokens = accessTokens;
		this.decoyHash = passwordEncoder.encode("decoy-password-never-matches");
	}

	public TokenPair login(String email, String password, String clientAddress) {
		String normalizedEmail = UserManagement.normalize(email);
		failClosed(() -> this.throttle.checkAttempt(clientAddress, normalizedEmail));
		Optional<User> user = this.users.findByEmail(normalizedEmail);
		boolean matches = this.passwordEncoder.matches(password, user.map(User::passwordHash).orElse(this.decoyHash));
		if (user.isEmpty() || !matches) {
			failClosed(() -> this.throttle.recordFailure(normalizedEmail));
			audit.info("login failed from {}", clientAddress);
			throw new ProblemException(BAD_CREDENTIALS, "Check the email and password and try again.");
		}
		User found = user.get();
		String refreshToken = failClosed(() -> {
			this.throttle.recordSuccess(normalizedEmail);
			return this.refreshTokens.start(found.id());
		});
		audit.info("login succeeded for user {} from {}", found.id(), clientAddress);
		return new TokenPair(this.accessTokens.issue(found), this.accessTokens.ttl(), refreshToken);
	}

	public TokenPair refresh(String refreshToken) {
		RefreshTokenFamilies.Rotation rotation = failClosed(() -> this.refreshTokens.rotate(refreshToken));
		switch (rotation.outcome()) {
			case ROTATED -> {
				// Roles may have changed since the login: read them again.
				User user = this.users.findById(rotation.userId()).orElseThrow(() -> invalidRefreshToken());
				return new TokenPair(this.accessTokens.issue(user), this.accessTokens.ttl(), rotation.token());
			}
			case REUSED -> {
				audit.warn("refresh token reused: revoked the login family of user {}", rotation.userId());
				throw invalidRefreshToken();
			}
			default -> throw invalidRefreshToken();
		}
	}

	/** Ends the login the refresh token belongs to; unknown tokens are ignored. */
	public void logout(String refreshToken) {
		failClosed(() -> this.refreshTokens.revoke(refreshToken));
	}

	private static ProblemException invalidRefreshToken() {
		return new ProblemException(INVALID_REFRESH_TOKEN, "Log in again.");
	}

	private static void failClosed(Runnable redisWork) {
		failClosed(() -> {
			redisWork.run();
			return Boolean.TRUE;
		});
	}

	private static <T> T failClosed(Supplier<T> redisWork) {
		try {
			return redisWork.get();
		}
		catch (DataAccessException ex) {
			throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
					"Login is unavailable for a moment. Try again shortly.", ex);
		}
	}

}
