package com.scalemart.platform.web;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code scalemart.web}.
 *
 * @param trustedProxies addresses or CIDR ranges of the proxies (NGINX, the gateway)
 * whose {@code X-Forwarded-For} entries are believed
 * @param maxBodySize the largest request body accepted
 * @param chaos faults to inject, for the load-balancing lab; none by default
 */
@ConfigurationProperties("scalemart.web")
public record WebPlatformProperties(@Nullable List<String> trustedProxies, @DefaultValue("64KB") DataSize maxBodySize,
		@DefaultValue Chaos chaos) {

	/** Loopback: NGINX and the gateway run on the same host in development. */
	static final List<String> LOOPBACK = List.of("127.0.0.1/32", "::1/128");

	public WebPlatformProperties {
		trustedProxies = (trustedProxies != null) ? List.copyOf(trustedProxies) : LOOPBACK;
	}

	/**
	 * Faults for the load-balancing lab ({@code SCALEMART_WEB_CHAOS_LATENCY},
	 * {@code SCALEMART_WEB_CHAOS_FAILURE_RATE}).
	 *
	 * @param latency added to every request of this instance
	 * @param failureRate the share of requests this instance answers with 503, 0 to 1
	 */
	public record Chaos(@DefaultValue("0ms") Duration latency, @DefaultValue("0") double failureRate) {
	}

}
