package com.scalemart.user.config;

import java.time.Clock;

import com.scalemart.platform.security.PlatformJwtValidators;
import com.scalemart.platform.security.SecurityPlatformProperties;
import com.scalemart.platform.security.StatelessResourceServer;
import com.scalemart.user.signingkey.SigningKeyRing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The user service verifies tokens against its own published keys, read from the ring
 * rather than over HTTP, with the same pinned algorithm and claim checks as every other
 * service.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, StatelessResourceServer resourceServer)
			throws Exception {
		return http.with(resourceServer, Customizer.withDefaults())
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.POST, "/api/users")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/auth/login", "/api/auth/refresh", "/api/auth/logout")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/.well-known/jwks.json")
				.permitAll()
				.requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus")
				.permitAll()
				.requestMatchers("/error")
				.permitAll()
				.anyRequest()
				.authenticated())
			.build();
	}

	@Bean
	JwtDecoder jwtDecoder(SigningKeyRing ring, SecurityPlatformProperties properties) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(ring.verificationSource())
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.build();
		decoder.setJwtValidator(PlatformJwtValidators.of(properties));
		return decoder;
	}

	/**
	 * bcrypt today; hashes name their algorithm, so a later default still reads old ones.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
