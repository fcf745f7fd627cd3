package com.scalemart.user.config;

import java.time.Clock;

import com.scalemart.platform.security.StatelessResourceServer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Which endpoints are open and which need a token; the token checks themselves are the
 * platform's ({@code StatelessResourceServer}), fed by the key ring's verifier.
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
