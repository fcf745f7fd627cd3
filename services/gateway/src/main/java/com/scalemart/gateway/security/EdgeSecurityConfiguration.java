package com.scalemart.gateway.security;

import com.scalemart.gateway.problem.ProblemResponses;
import com.scalemart.platform.security.PlatformJwtValidators;
import com.scalemart.platform.security.RolesClaimConverter;
import com.scalemart.platform.security.SecurityPlatformProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * Tokens are checked at the edge with the rules every service applies (and each service
 * checks them again): signed with RS256 by a key of the platform's JWKS, and only that
 * JWKS, whatever the token names; issuer, audience and expiry checked by the platform's
 * validators. Public routes need no token, but a token sent and invalid is refused
 * everywhere.
 */
@Configuration(proxyBeanMethods = false)
class EdgeSecurityConfiguration {

	@Bean
	ReactiveJwtDecoder reactiveJwtDecoder(SecurityPlatformProperties properties) {
		if (properties.jwksUri() == null) {
			throw new IllegalStateException("Set scalemart.security.jwks-uri: the gateway checks tokens against it.");
		}
		// The algorithm is pinned: alg=none or HS256 signed with a public key never
		// verify.
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwksUri().toString())
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.build();
		decoder.setJwtValidator(PlatformJwtValidators.of(properties));
		return decoder;
	}

	@Bean
	SecurityWebFilterChain edgeSecurity(ServerHttpSecurity http, ReactiveJwtDecoder decoder,
			ProblemResponses problems) {
		ProblemEntryPoint entryPoint = new ProblemEntryPoint(problems);
		ProblemAccessDeniedHandler accessDenied = new ProblemAccessDeniedHandler(problems);
		return http
			// bearer tokens are not sent by browsers on their own, so CSRF cannot ride on
			// them; no session either: any gateway instance serves any request
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.anonymous(ServerHttpSecurity.AnonymousSpec::disable)
			// answered by the storefront's CORS filter, which runs first
			.cors(ServerHttpSecurity.CorsSpec::disable)
			// whether a response may be cached is the service's to say (product reads
			// are)
			.headers((headers) -> headers.cache(ServerHttpSecurity.HeaderSpec.CacheSpec::disable))
			.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.authorizeExchange((exchanges) -> exchanges.pathMatchers("/fallback/**")
				.denyAll()
				.pathMatchers(HttpMethod.GET, "/api/ping", "/api/catalog-ping")
				.permitAll()
				.pathMatchers(HttpMethod.POST, "/api/users")
				.permitAll()
				.pathMatchers("/api/auth/**")
				.permitAll()
				.pathMatchers(HttpMethod.GET, "/.well-known/**", "/api/products/**", "/api/categories/**")
				.permitAll()
				.pathMatchers(HttpMethod.HEAD, "/api/products/**", "/api/categories/**")
				.permitAll()
				.pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
				.permitAll()
				.anyExchange()
				.authenticated())
			.oauth2ResourceServer((resourceServer) -> resourceServer.jwt((jwt) -> jwt.jwtDecoder(decoder)
				.jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(new RolesClaimConverter())))
				.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(accessDenied))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied))
			.build();
	}

}
