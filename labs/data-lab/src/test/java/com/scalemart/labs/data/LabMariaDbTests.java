package com.scalemart.labs.data;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import com.scalemart.platform.engines.EngineUnavailableException;
import com.scalemart.platform.engines.MariaDbEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LabMariaDbTests {

	@Test
	void anExternalServerIsHostAndPort() {
		MariaDbEndpoint endpoint = LabMariaDb.external("db.local:3307", "lab", "secret");

		assertThat(endpoint).isEqualTo(new MariaDbEndpoint("db.local", 3307, "lab", "secret"));
	}

	@Test
	void anAddressWithoutAValidPortIsRefused() {
		for (String bad : new String[] { "localhost", ":3306", "db:", "db:port", "db:0", "db:70000" }) {
			assertThatIllegalArgumentException().as(bad)
				.isThrownBy(() -> LabMariaDb.external(bad, "root", ""))
				.withMessage("SCALEMART_MARIADB must be host:port (e.g. 127.0.0.1:3306), got '" + bad + "'");
		}
	}

	@Test
	void aNamedServerThatDoesNotAnswerSaysWhatToDo(@TempDir Path work) throws IOException {
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		int port = closed;
		assertThatExceptionOfType(EngineUnavailableException.class)
			.isThrownBy(() -> LabMariaDb.open(Map.of("SCALEMART_MARIADB", "127.0.0.1:" + port), work))
			.withMessageStartingWith("MariaDB at 127.0.0.1:" + port + " is not reachable")
			.withMessageEndingWith("start it, or unset SCALEMART_MARIADB for an embedded one");
	}

}
