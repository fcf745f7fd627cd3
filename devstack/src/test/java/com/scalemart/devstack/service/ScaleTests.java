package com.scalemart.devstack.service;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.scalemart.devstack.DevStackException;
import com.scalemart.devstack.config.Settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ScaleTests {

	@Test
	void startsEachInstanceOfAServiceOneAfterTheOtherInStartOrder() {
		Scale scale = Scale.parse("gateway=2, catalog=3");
		assertThat(scale.instances(ServiceRegistry.services()).stream().map(ServiceInstance::entryName))
			.containsExactly("discovery", "user-service", "catalog-service", "catalog-service-2", "catalog-service-3",
					"gateway", "gateway-2");
	}

	@Test
	void givesEachInstanceItsOwnPortIdAndLog() {
		Settings settings = Settings.from(Map.of("SCALEMART_GATEWAY_PORT", "9080"), Path.of("/repo"), Path.of("/repo"),
				false);
		ServiceInstance third = new ServiceInstance(ServiceRegistry.require(ServiceRegistry.GATEWAY), 3);
		assertThat(third.port(settings)).isEqualTo(9280);
		assertThat(third.id()).isEqualTo("gateway-3");
		assertThat(third.url(settings)).isEqualTo("http://127.0.0.1:9280");
		assertThat(third.logFile(settings)).isEqualTo(Path.of("/repo/.scalemart/logs/gateway-3.log"));
		ServiceInstance first = new ServiceInstance(ServiceRegistry.require(ServiceRegistry.GATEWAY), 1);
		assertThat(first.entryName()).isEqualTo("gateway");
		assertThat(first.id()).isEqualTo("gateway-1");
		assertThat(first.logFile(settings)).isEqualTo(Path.of("/repo/.scalemart/logs/gateway.log"));
	}

	@Test
	void aServiceNotNamedRunsOnce() {
		assertThat(Scale.single().instances(ServiceRegistry.services())).hasSize(4);
		assertThat(Scale.parse("user-service=2").of(ServiceRegistry.require(ServiceRegistry.CATALOG_SERVICE)))
			.isEqualTo(1);
	}

	@Test
	void rejectsAnUnknownServiceABadCountAndASecondDiscovery() {
		assertThatExceptionOfType(DevStackException.class).isThrownBy(() -> Scale.parse("orders=2"))
			.withMessage("there is no service 'orders': use one of discovery, user-service, catalog-service, gateway");
		assertThatExceptionOfType(DevStackException.class).isThrownBy(() -> Scale.parse("gateway=0"))
			.withMessage("--instances gateway must be a count from 1 to 9, got '0'");
		assertThatExceptionOfType(DevStackException.class).isThrownBy(() -> Scale.parse("gateway"))
			.withMessageStartingWith("--instances takes service=count pairs");
		assertThatExceptionOfType(DevStackException.class).isThrownBy(() -> Scale.parse("discovery=2"))
			.withMessageStartingWith("discovery runs once");
	}

}
