package com.scalemart.devstack.nginx;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.scalemart.devstack.DevStackException;
import com.scalemart.devstack.config.HostPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class NginxConfigTests {

	private static final Path HOME = Path.of("").toAbsolutePath().getParent();

	private static final List<HostPort> GATEWAYS = List.of(new HostPort("127.0.0.1", 8080),
			new HostPort("127.0.0.1", 8180), new HostPort("127.0.0.1", 8280));

	private static final HostPort LISTEN = new HostPort("127.0.0.1", 8000);

	@Test
	void rendersWeightsAndPassiveHealthChecksPerServer() {
		String conf = render(Balancing.parse("weighted:3,2,1"));
		assertThat(conf).contains("server 127.0.0.1:8080 weight=3 max_fails=3 fail_timeout=2s;")
			.contains("server 127.0.0.1:8180 weight=2 max_fails=3 fail_timeout=2s;")
			.contains("server 127.0.0.1:8280 weight=1 max_fails=3 fail_timeout=2s;")
			.doesNotContain("{{");
	}

	@Test
	void rendersTheAlgorithmDirective() {
		assertThat(render(Balancing.parse("least_conn"))).contains("        least_conn;\n");
		assertThat(render(Balancing.parse("ip_hash"))).contains("        ip_hash;\n");
		assertThat(render(Balancing.parse("random_two"))).contains("        random two least_conn;\n");
		assertThat(render(Balancing.parse("round_robin"))).doesNotContain("least_conn;", "ip_hash;", "weight=");
	}

	@Test
	void retriesOnlyIdempotentRequestsKeepsUpstreamConnectionsAndPassesProxyHeaders() {
		String conf = render(Balancing.parse("round_robin"));
		assertThat(conf).contains("proxy_next_upstream error timeout http_502 http_504;")
			.contains("proxy_next_upstream_tries 3;")
			.doesNotContainPattern("proxy_next_upstream [^;]*non_idempotent")
			.contains("keepalive 64;", "proxy_http_version 1.1;", "proxy_set_header Connection \"\";")
			.contains("proxy_set_header X-Real-IP $remote_addr;",
					"proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
					"proxy_set_header X-Forwarded-Proto $scheme;", "proxy_set_header Host $http_host;",
					"proxy_set_header X-Request-Id $scalemart_request_id;")
			.contains("listen 127.0.0.1:8000;", "daemon off;", "pid /tmp/nginx-prefix/nginx.pid;");
	}

	@Test
	void needsOneWeightPerGateway() {
		assertThatExceptionOfType(DevStackException.class).isThrownBy(
				() -> NginxConfig.of(LISTEN, GATEWAYS, Balancing.parse("weighted:3,1"), Path.of("/tmp/nginx-prefix")))
			.withMessage("--lb weighted:3,1 gives 2 weights for 3 gateway instances: give one weight per instance");
	}

	@Test
	void rejectsAPlaceholderItDoesNotKnow() {
		NginxConfig config = NginxConfig.of(LISTEN, GATEWAYS, Balancing.parse("least_conn"),
				Path.of("/tmp/nginx-prefix"));
		assertThatIllegalArgumentException().isThrownBy(() -> config.render("listen {{PORTS}};"))
			.withMessageContaining("{{PORTS}}");
	}

	private static String render(Balancing balancing) {
		return NginxConfig.of(LISTEN, GATEWAYS, balancing, Path.of("/tmp/nginx-prefix")).render(Nginx.template(HOME));
	}

}
