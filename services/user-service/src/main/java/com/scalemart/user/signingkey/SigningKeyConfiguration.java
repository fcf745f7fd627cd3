package com.scalemart.user.signingkey;

import java.time.Clock;

import com.scalemart.platform.security.SecurityPlatformProperties;
import com.scalemart.user.config.UserProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the key ring; it is loaded (and the first key created) as the context starts. */
@Configuration(proxyBeanMethods = false)
class SigningKeyConfiguration {

	@Bean
	SigningKeyRing signingKeyRing(JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
			UserProperties properties, SecurityPlatformProperties security) {
		SigningKeyRepository repository = new SigningKeyRepository(jdbc,
				new KeyEncryption(properties.signingKeys().encryptionKey()));
		SigningKeyRing ring = new SigningKeyRing(repository, transactions, clock,
				properties.signingKeys().rotationPeriod(), properties.accessTokenTtl().plus(security.clockSkew()));
		ring.refresh();
		return ring;
	}

}
