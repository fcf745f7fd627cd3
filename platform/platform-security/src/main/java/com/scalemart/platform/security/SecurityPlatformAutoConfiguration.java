package com.scalemart.platform.security;

import com.scalemart.platform.web.ProblemWriter;
import com.scalemart.platform.web.WebPlatformAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * A {@link JwtDecoder} for servlet services that trust the platform's JWKS, and the
 * {@link StatelessResourceServer} they apply to their filter chain. Reactive applications
 * (the gateway) configure their own resource server.
 */
@AutoConfiguration(after = WebPlatformAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityPlatformProperties.class)
public class SecurityPlatformAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnProperty("scalemart.security.jwks-uri")
	JwtDecoder jwksJwtDecoder(SecurityPlatformProperties properties) {
		// The algorithm is pinned: alg=none or HS256 signed with a public key never
		// verify.
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(String.valueOf(properties.jwksUri()))
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.build();
		decoder.setJwtValidator(PlatformJwtValidators.of(properties));
		return decoder;
	}

	@Bean
	SecurityExceptionAdvice securityExceptionAdvice() {
		return new SecurityExceptionAdvice();
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(JwtDecoder.class)
	StatelessResourceServer statelessResourceServer(JwtDecoder jwtDecoder, ProblemWriter problemWriter) {
		return new StatelessResourceServer(jwtDecoder, problemWriter);
	}

}
