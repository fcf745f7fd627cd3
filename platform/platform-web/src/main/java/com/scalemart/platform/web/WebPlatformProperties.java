package com.scalemart.platform.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code scalemart.web}.
 *
 * @param trustedProxies addresses or CIDR ranges of the proxies (NGINX, the gateway)
 * whose {@code X-Forwarded-For} entries are believed
 * @param maxBodySize the largest request body accepted
 */
@ConfigurationProperties("scalemart.web")
public record WebPlatformProperties(@DefaultValue( {
		"127.0.0.1/32", "::1/128" }) List<String> trustedProxies, @DefaultValue("64KB") DataSize maxBodySize){
}
