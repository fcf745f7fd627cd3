package com.scalemart.catalog.config;

import java.time.Clock;

import com.scalemart.platform.security.StatelessResourceServer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Anyone may browse the catalog; changing it takes an administrator's token, checked
 * against the platform's JWKS ({@code scalemart.security.jwks-uri}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, StatelessResourceServer resourceServer)
			throws Exception {
		return http.with(resourceServer, Customizer.withDefaults())
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers(HttpMethod.GET, "/api/products", "/api/products/**", "/api/categories", "/api/ping")
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
	Clock clock() {
		return Clock.systemUTC();
	}

}
