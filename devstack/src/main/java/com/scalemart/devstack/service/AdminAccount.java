package com.scalemart.devstack.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import com.scalemart.devstack.DevStackException;
import com.scalemart.devstack.config.Settings;

/**
 * The platform's first administrator, which the launcher has the user service create (its
 * bootstrap admin) so that commands such as {@code ./scalemart shards} can call the admin
 * API. The password is random, made once per state directory and kept in it, readable by
 * its owner only, so that it survives restarts as the account does.
 *
 * @param email the administrator's email
 * @param password its password
 */
public record AdminAccount(String email, String password) {

	/** The administrator's email. */
	public static final String EMAIL = "admin@scalemart.local";

	private static final String FILE = "admin-password";

	/**
	 * The administrator of the state directory, made on first use.
	 * @param settings the run's settings
	 * @return the account
	 */
	public static AdminAccount of(Settings settings) {
		Path file = settings.stateDir().resolve(FILE);
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(file.getParent());
				byte[] random = new byte[24];
				new SecureRandom().nextBytes(random);
				Path written = Files.writeString(Files.createTempFile(file.getParent(), FILE, ".tmp"),
						Base64.getUrlEncoder().withoutPadding().encodeToString(random));
				restrict(written);
				// two launchers starting at once keep the first password written
				if (!Files.exists(file)) {
					Files.move(written, file);
				}
				Files.deleteIfExists(written);
			}
			return new AdminAccount(EMAIL, Files.readString(file).strip());
		}
		catch (IOException ex) {
			throw new DevStackException("cannot keep the administrator's password in " + settings.display(file) + " ("
					+ ex.getMessage() + "): make " + settings.display(settings.stateDir()) + " writable", ex);
		}
	}

	private static void restrict(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system: the state directory's own permissions apply
		}
	}

	@Override
	public String toString() {
		return "AdminAccount[" + this.email + "]";
	}

}
