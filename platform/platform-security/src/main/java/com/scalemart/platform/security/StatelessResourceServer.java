package com.scalemart.platform.security;

import com.scalemart.platform.web.ProblemWriter;

import org.springframework.security.config.annotation.SecurityConfigurerAdapter;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.DefaultSecurityFilterChain;

/**
 * The security every ScaleMart service shares: no HTTP session (any instance can serve
 * any request), bearer JWTs checked by the given decoder, and problem details for 401 and
 * 403. A service adds only its own authorization rules:
 *
 * <pre class="code">
 * http.with(statelessResourceServer, Customizer.withDefaults())
 *     .authorizeHttpRequests(requests -&gt; requests.anyRequest().authenticated());
 * </pre>
 */
public final class StatelessResourceServer extends SecurityConfigurerAdapter<DefaultSecurityFilterChain, HttpSecurity> {

	private final JwtDecoder jwtDecoder;

	private final ProblemWriter problemWriter;

	public StatelessResourceServer(JwtDecoder jwtDecoder, ProblemWriter problemWriter) {
		this.jwtDecoder = jwtDecoder;
		this.problemWriter = problemWriter;
	}

	@Override
	public void init(HttpSecurity http) {
		ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(this.problemWriter);
		ProblemAccessDeniedHandler accessDenied = new ProblemAccessDeniedHandler(this.problemWriter);
		// Bearer tokens are not sent automatically by browsers, so CSRF cannot ride on
		// them.
		http.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.securityContext((context) -> context.requireExplicitSave(true))
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.oauth2ResourceServer((resourceServer) -> resourceServer
				.jwt((jwt) -> jwt.decoder(this.jwtDecoder).jwtAuthenticationConverter(new RolesClaimConverter()))
				.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(accessDenied))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied));
	}

}
