package com.scalemart.user.account;

import java.util.EnumSet;

import com.scalemart.platform.web.ProblemException;
import com.scalemart.user.config.UserProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator from configuration, once: without one nobody could
 * grant roles. Several instances may start together; the unique email lets only one of
 * them win.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final UserManagement userManagement;

	private final UserRepository users;

	private final UserProperties properties;

	AdminBootstrap(UserManagement userManagement, UserRepository users, UserProperties properties) {
		this.userManagement = userManagement;
		this.users = users;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		UserProperties.BootstrapAdmin admin = this.properties.bootstrapAdmin();
		if (admin == null || admin.email() == null || admin.password() == null) {
			return;
		}
		if (this.users.findByEmail(UserManagement.normalize(admin.email())).isPresent()) {
			return;
		}
		try {
			User created = this.userManagement.register(admin.email(), admin.password(), "Administrator", null);
			this.userManagement.changeRoles(created.id(), EnumSet.of(Role.ADMIN));
			log.info("Created the bootstrap administrator {}", created.id());
		}
		catch (ProblemException ex) {
			if (ex.problemType() != UserManagement.EMAIL_TAKEN) {
				throw ex;
			}
		}
	}

}
