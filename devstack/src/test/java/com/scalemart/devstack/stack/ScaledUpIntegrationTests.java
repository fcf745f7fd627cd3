package com.scalemart.devstack.stack;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.scalemart.platform.engines.Ports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.scalemart.devstack.cli.CliContext;
import com.scalemart.devstack.cli.ScaleMartCommand;
import com.scalemart.devstack.nginx.NginxBinary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code up --instances … --lb … --inject …}: what cannot work is refused in one line
 * before anything starts.
 */
class ScaledUpIntegrationTests {

	@TempDir
	Path stateDir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void weightsThatDoNotMatchTheGatewaysAreRefusedBeforeAnythingStarts() {
		int code = up(Map.of(), "--instances", "gateway=2", "--lb", "weighted:3,2,1");
		assertThat(code).isEqualTo(1);
		assertThat(err()).isEqualTo("scalemart: --lb weighted:3,2,1 gives 3 weights for 2 gateway instance(s): "
				+ "give one weight per instance, or --instances gateway=3\n");
		assertThat(out()).doesNotContain("[1/");
	}

	@Test
	void aMissingNginxIsNamedWithTheCommandThatInstallsIt() {
		Path nowhere = this.stateDir.resolve("no-nginx");
		int code = up(Map.of("SCALEMART_NGINX", nowhere.toString()), "--lb", "least_conn");
		assertThat(code).isEqualTo(1);
		assertThat(err()).contains("install it with `" + NginxBinary.installCommand() + "`");
		assertThat(out()).doesNotContain("[1/");
	}

	@Test
	void theNginxPortMustBeFree() {
		int gateway = Ports.freePort();
		int code = up(Map.of("SCALEMART_GATEWAY_PORT", Integer.toString(gateway), "SCALEMART_NGINX_PORT",
				Integer.toString(gateway + 100)), "--instances", "gateway=2");
		assertThat(code).isEqualTo(1);
		assertThat(err()).isEqualTo("scalemart: gateway-2 and nginx are both set to port " + (gateway + 100)
				+ ": change SCALEMART_NGINX_PORT or SCALEMART_GATEWAY_PORT\n");
	}

	@Test
	void aFaultForTheGatewayOrAMissingInstanceIsRefused() {
		assertThat(up(Map.of(), "--instances", "gateway=2", "--inject", "gateway-2=latency:100ms")).isEqualTo(1);
		assertThat(err()).startsWith("scalemart: --inject: the gateway has no fault filter");
		this.err.reset();
		assertThat(up(Map.of(), "--inject", "catalog-2=fail:0.5")).isEqualTo(1);
		assertThat(err()).isEqualTo("scalemart: --inject names catalog-2, but catalog-service runs 1 instance(s): "
				+ "raise it with --instances catalog=2\n");
	}

	@Test
	void anUnknownAlgorithmIsRefused() {
		assertThat(up(Map.of(), "--lb", "fastest")).isEqualTo(1);
		assertThat(err()).startsWith("scalemart: --lb must be one of round_robin, weighted:W1,W2,...");
	}

	private int up(Map<String, String> extra, String... args) {
		Map<String, String> env = new HashMap<>(System.getenv());
		env.putAll(extra);
		env.put("SCALEMART_STATE_DIR", this.stateDir.toString());
		for (String port : List.of("SCALEMART_MARIADB_PORT", "SCALEMART_MARIADB_REPLICA_PORT", "SCALEMART_REDIS_PORT",
				"SCALEMART_KAFKA_PORT", "SCALEMART_DISCOVERY_PORT", "SCALEMART_USER_SERVICE_PORT",
				"SCALEMART_CATALOG_SERVICE_PORT", "SCALEMART_GATEWAY_PORT", "SCALEMART_NGINX_PORT")) {
			env.computeIfAbsent(port, (name) -> Integer.toString(Ports.freePort()));
		}
		List<String> command = new ArrayList<>(List.of("up"));
		command.addAll(List.of(args));
		Path home = Path.of("").toAbsolutePath().getParent();
		return ScaleMartCommand.execute(new CliContext(env, home, home, printStream(this.out), printStream(this.err)),
				command.toArray(String[]::new));
	}

	private static PrintStream printStream(ByteArrayOutputStream target) {
		return new PrintStream(target, true, StandardCharsets.UTF_8);
	}

	private String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

}
