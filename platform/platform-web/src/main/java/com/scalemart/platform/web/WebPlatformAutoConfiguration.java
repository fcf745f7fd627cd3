package com.scalemart.platform.web;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Problem details, request ids, body limits and client addresses for every servlet
 * service.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(WebPlatformProperties.class)
public class WebPlatformAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ProblemDetailsExceptionHandler problemDetailsExceptionHandler() {
		return new ProblemDetailsExceptionHandler();
	}

	@Bean
	@ConditionalOnMissingBean
	ProblemWriter problemWriter(JsonMapper jsonMapper) {
		return new ProblemWriter(jsonMapper);
	}

	@Bean
	@ConditionalOnMissingBean
	ClientAddressResolver clientAddressResolver(WebPlatformProperties properties) {
		return new ClientAddressResolver(properties.trustedProxies());
	}

	@Bean
	FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
		FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
		// First of all: every later log line and problem carries the id.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * The instance id comes from {@code SCALEMART_INSTANCE_ID}, which the launcher sets
	 * per instance; without it, the application name and port.
	 */
	@Bean
	FilterRegistrationBean<InstanceFilter> instanceFilter(WebPlatformProperties properties, ProblemWriter problemWriter,
			@Value("${scalemart.instance-id:${spring.application.name:service}:${server.port:0}}") String instanceId) {
		InstanceFilter filter = new InstanceFilter(instanceId, properties.chaos().latency(),
				properties.chaos().failureRate(), problemWriter);
		FilterRegistrationBean<InstanceFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	@Bean
	FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(WebPlatformProperties properties,
			ProblemWriter problemWriter) {
		BodySizeLimitFilter filter = new BodySizeLimitFilter(properties.maxBodySize().toBytes(), problemWriter);
		FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

}
