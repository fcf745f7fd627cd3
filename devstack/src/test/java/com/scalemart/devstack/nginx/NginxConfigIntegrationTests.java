package com.scalemart.devstack.nginx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.scalemart.devstack.DevStackException;
import com.scalemart.devstack.config.HostPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rendered configuration passes {@code nginx -t} for every algorithm. Nothing is
 * skipped: without nginx these tests fail with the command that installs it.
 */
class NginxConfigIntegrationTests {

	private static final List<HostPort> GATEWAYS = List.of(new HostPort("127.0.0.1", 18080),
			new HostPort("127.0.0.1", 18180), new HostPort("127.0.0.1", 18280));

	@TempDir
	Path temp;

	@ParameterizedTest
	@ValueSource(strings = { "round_robin", "weighted:3,2,1", "least_conn", "ip_hash", "random_two" })
	void everyAlgorithmPassesNginxTest(String lb) {
		NginxConfig config = NginxConfig.of(new HostPort("127.0.0.1", 18000), GATEWAYS, Balancing.parse(lb), this.temp);
		Path conf = Nginx.write(Nginxes.binary(), Nginx.template(Nginxes.HOME), config);
		assertThat(conf).exists();
		assertThat(this.temp.resolve("temp")).isDirectory();
	}

	@Test
	void aConfigurationNginxRejectsIsReportedInItsOwnWords() {
		NginxConfig config = NginxConfig.of(new HostPort("127.0.0.1", 18000), GATEWAYS, Balancing.parse("least_conn"),
				this.temp);
		String broken = Nginx.template(Nginxes.HOME).replace("keepalive 64;", "keepalive sixty-four;");
		assertThatExceptionOfType(DevStackException.class)
			.isThrownBy(() -> Nginx.write(Nginxes.binary(), broken, config))
			.withMessageContaining("nginx rejects " + this.temp.resolve("nginx.conf"))
			.withMessageContaining("keepalive");
	}

	@Test
	void aMissingNginxIsReportedWithTheCommandThatInstallsIt() {
		Path nowhere = this.temp.resolve("no-nginx");
		assertThatExceptionOfType(DevStackException.class)
			.isThrownBy(() -> NginxBinary.require(Map.of("SCALEMART_NGINX", nowhere.toString())))
			.withMessage("SCALEMART_NGINX=" + nowhere + " is not an executable nginx: install it with `"
					+ NginxBinary.installCommand() + "` (or point SCALEMART_NGINX at an nginx executable)");
		assertThat(NginxBinary.find(Map.of("PATH", this.temp.toString()))).isEqualTo(NginxBinary.find(Map.of()));
	}

	@Test
	void aTakenPortIsReportedBeforeNginxStarts() throws Exception {
		try (TinyUpstream upstream = TinyUpstream.start("taken")) {
			NginxConfig config = NginxConfig.of(upstream.address(), GATEWAYS, Balancing.parse("least_conn"), this.temp);
			assertThatExceptionOfType(DevStackException.class).isThrownBy(() -> Nginxes.start(config))
				.withMessage("port " + upstream.address().port()
						+ " is taken: stop what listens there or set SCALEMART_NGINX_PORT to a free port");
			assertThat(Files.exists(this.temp.resolve("nginx.pid"))).isFalse();
		}
	}

}
