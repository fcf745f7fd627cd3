package com.scalemart.gateway;

import com.scalemart.platform.security.SecurityPlatformAutoConfiguration;
import com.scalemart.platform.security.SecurityPlatformProperties;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The gateway. It is reactive (Spring Cloud Gateway on WebFlux) while the platform's web
 * and security auto-configuration is for servlet services: that part is left out, and
 * only the shared settings and claim checks of the platform are used.
 */
@SpringBootApplication(exclude = SecurityPlatformAutoConfiguration.class)
@EnableConfigurationProperties(SecurityPlatformProperties.class)
@ConfigurationPropertiesScan
public class GatewayApplication {

	public static void main(String[] args) {
		SpringApplication.run(GatewayApplication.class, args);
	}

}
