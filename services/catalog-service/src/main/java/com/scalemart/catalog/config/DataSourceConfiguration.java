package com.scalemart.catalog.config;

import java.io.IOException;

import com.scalemart.platform.data.ReadYourWrites;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * With a read replica configured ({@code scalemart.data.replica.url}), reads go to it
 * (platform-data's auto-configuration) and every authenticated request runs as its
 * token's subject for read-your-writes: an administrator who changed a product reads the
 * change back even while the replica has not applied it. Positions are kept per instance.
 * Without a replica nothing here exists and the catalog uses its one data source.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "scalemart.data.replica", name = "url")
class DataSourceConfiguration {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> readYourWritesFilter(ReadYourWrites readYourWrites) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new SubjectScopeFilter(readYourWrites));
		// after Spring Security's chain (order -100) has authenticated the request
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
		return registration;
	}

	/** Runs an authenticated request as its subject. */
	static final class SubjectScopeFilter extends OncePerRequestFilter {

		private final ReadYourWrites readYourWrites;

		SubjectScopeFilter(ReadYourWrites readYourWrites) {
			this.readYourWrites = readYourWrites;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null
					|| "anonymousUser".equals(authentication.getName())) {
				chain.doFilter(request, response);
				return;
			}
			try (ReadYourWrites.Scope scope = this.readYourWrites.as(authentication.getName())) {
				chain.doFilter(request, response);
			}
		}

	}

}
