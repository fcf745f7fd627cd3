package com.scalemart.platform.engines;

import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PortsTests {

	@Test
	void freePortCanBeBound() {
		int port = Ports.freePort();
		assertThat(port).isPositive();
		assertThat(Ports.isFree(port)).isTrue();
		Ports.requireFree(port, "embedded MariaDB", "SCALEMART_MARIADB_PORT");
	}

	@Test
	void requireFreeOnABoundPortNamesTheCommandAndTheVariable() throws Exception {
		try (ServerSocket taken = new ServerSocket(0, 1, Ports.LOOPBACK)) {
			int port = taken.getLocalPort();
			assertThat(Ports.isFree(port)).isFalse();
			assertThatExceptionOfType(PortInUseException.class)
				.isThrownBy(() -> Ports.requireFree(port, "embedded MariaDB", "SCALEMART_MARIADB_PORT"))
				.withMessage(
						"port %d (embedded MariaDB) is in use: stop what holds it (`ss -ltnp 'sport = :%d'`) or set SCALEMART_MARIADB_PORT",
						port, port)
				.isInstanceOf(EngineStartException.class);
		}
	}

}
