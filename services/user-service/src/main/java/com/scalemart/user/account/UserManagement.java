package com.scalemart.user.account;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import com.scalemart.platform.web.ProblemException;
import com.scalemart.platform.web.ProblemType;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Registers accounts and changes them. */
@Service
public class UserManagement {

	public static final ProblemType EMAIL_TAKEN = new ProblemType("email-already-registered", HttpStatus.CONFLICT,
			"The email is already registered");

	public static final ProblemType USER_NOT_FOUND = new ProblemType("user-not-found", HttpStatus.NOT_FOUND,
			"No such user");

	public static final ProblemType CONCURRENT_UPDATE = new ProblemType("concurrent-update", HttpStatus.CONFLICT,
			"The account changed while you were updating it");

	private final TimeBasedEpochGenerator ids = Generators.timeBasedEpochGenerator();

	private final UserRepository users;

	private final PasswordPolicy passwordPolicy;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	UserManagement(UserRepository users, PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder, Clock clock) {
		this.users = users;
		this.passwordPolicy = passwordPolicy;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	/**
	 * Registers a new account with the role {@link Role#USER}.
	 * @throws ProblemException if the password is weak or the email is taken
	 */
	public User register(String email, String password, String name, @Nullable String phone) {
		String normalizedEmail = normalize(email);
		this.passwordPolicy.check(password, normalizedEmail);
		User user = User.register(this.ids.generate(), normalizedEmail, this.passwordEncoder.encode(password),
				name.strip(), blankToNull(phone), this.clock.instant());
		try {
			this.users.insert(user);
		}
		catch (DuplicateKeyException ex) {
			throw new ProblemException(EMAIL_TAKEN, "An account with this email exists already.");
		}
		return user;
	}

	public User get(UUID id) {
		return this.users.findById(id)
			.orElseThrow(() -> new ProblemException(USER_NOT_FOUND, "There is no user with this id."));
	}

	/**
	 * Changes name and phone; a field left {@code null} keeps its value, an empty phone
	 * removes it.
	 */
	public User updateProfile(UUID id, @Nullable String name, @Nullable String phone) {
		User current = get(id);
		String newName = (name != null) ? name.strip() : current.name();
		String newPhone = (phone != null) ? blankToNull(phone) : current.phone();
		if (!this.users.updateProfile(id, current.version(), newName, newPhone, this.clock.instant())) {
			throw new ProblemException(CONCURRENT_UPDATE, "Read the account again and retry.");
		}
		return get(id);
	}

	/** Replaces the roles of an account; every account keeps {@link Role#USER}. */
	public User changeRoles(UUID id, Set<Role> roles) {
		Set<Role> granted = EnumSet.of(Role.USER);
		granted.addAll(roles);
		if (!this.users.updateRoles(id, granted, this.clock.instant())) {
			throw new ProblemException(USER_NOT_FOUND, "There is no user with this id.");
		}
		return get(id);
	}

	public static String normalize(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
