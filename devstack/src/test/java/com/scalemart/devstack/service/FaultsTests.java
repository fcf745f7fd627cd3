package com.scalemart.devstack.service;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.scalemart.devstack.DevStackException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FaultsTests {

	private static final Scale SCALE = Scale.parse("catalog=3,gateway=2");

	private static final ServiceDefinition CATALOG = ServiceRegistry.require(ServiceRegistry.CATALOG_SERVICE);

	@Test
	void passesLatencyAndFailureRateToTheNamedInstanceOnly() {
		Faults faults = Faults.parse("catalog-2=latency:200ms, catalog-service-3=fail:0.5", SCALE);
		assertThat(faults.of(new ServiceInstance(CATALOG, 2)))
			.isEqualTo(Map.of("SCALEMART_WEB_CHAOS_LATENCY", "200ms"));
		assertThat(faults.of(new ServiceInstance(CATALOG, 3)))
			.isEqualTo(Map.of("SCALEMART_WEB_CHAOS_FAILURE_RATE", "0.5"));
		assertThat(faults.of(new ServiceInstance(CATALOG, 1))).isEmpty();
		assertThat(Faults.none().of(new ServiceInstance(CATALOG, 2))).isEmpty();
	}

	@Test
	void rejectsAnInstanceThatDoesNotRun() {
		assertThatExceptionOfType(DevStackException.class)
			.isThrownBy(() -> Faults.parse("catalog-4=latency:10ms", SCALE))
			.withMessage("--inject names catalog-4, but catalog-service runs 3 instance(s): raise it with "
					+ "--instances catalog=4");
	}

	@Test
	void rejectsTheGatewayWhichHasNoFaultFilter() {
		assertThatExceptionOfType(DevStackException.class)
			.isThrownBy(() -> Faults.parse("gateway-2=latency:10ms", SCALE))
			.withMessageStartingWith("--inject: the gateway has no fault filter");
	}

	@Test
	void rejectsFaultsItDoesNotKnow() {
		for (String bad : new String[] { "catalog-2=latency:fast", "catalog-2=fail:1.5", "catalog-2=crash",
				"catalog-2=fail:x" }) {
			assertThatExceptionOfType(DevStackException.class).isThrownBy(() -> Faults.parse(bad, SCALE))
				.withMessageStartingWith("--inject faults are latency:<N>ms or fail:<rate from 0 to 1>");
		}
		assertThatExceptionOfType(DevStackException.class).isThrownBy(() -> Faults.parse("catalog", SCALE))
			.withMessageStartingWith("--inject takes instance=fault pairs");
	}

}
