package com.scalemart.discovery;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The server starts standalone, reports its probes, and serves what an instance registers
 * through the same REST API the Eureka clients of the services use.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DiscoveryIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void probesAreUp() {
		RestClient client = client();
		for (String probe : new String[] { "liveness", "readiness" }) {
			JsonNode health = client.get().uri("/actuator/health/" + probe).retrieve().body(JsonNode.class);
			assertThat(health.get("status").asString()).isEqualTo("UP");
		}
	}

	@Test
	void aRegisteredInstanceCanBeFetched() {
		RestClient client = client();
		var registered = client.post()
			.uri("/eureka/apps/CATALOG-SERVICE")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("instance", instance(18082)))
			.retrieve()
			.toBodilessEntity();
		assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		// no read-only cache: what was registered is served at once, not after 30 s
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
			JsonNode application = client.get()
				.uri("/eureka/apps/CATALOG-SERVICE")
				.accept(MediaType.APPLICATION_JSON)
				.retrieve()
				.body(JsonNode.class)
				.get("application");
			JsonNode instance = application.get("instance").get(0);
			assertThat(instance.get("ipAddr").asString()).isEqualTo("127.0.0.1");
			assertThat(instance.get("status").asString()).isEqualTo("UP");
			assertThat(instance.get("port").get("$").asInt()).isEqualTo(18082);
		});

		var cancelled = client.delete()
			.uri("/eureka/apps/CATALOG-SERVICE/127.0.0.1:catalog-service:18082")
			.retrieve()
			.toBodilessEntity();
		assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.OK);
		var gone = client.get()
			.uri("/eureka/apps/CATALOG-SERVICE")
			.accept(MediaType.APPLICATION_JSON)
			.exchange((request, response) -> response.getStatusCode());
		assertThat(gone).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void theServerDoesNotRegisterWithItself() {
		JsonNode applications = client().get()
			.uri("/eureka/apps")
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.body(JsonNode.class)
			.get("applications");
		assertThat(applications.toString()).doesNotContain("DISCOVERY");
	}

	private RestClient client() {
		return RestClient.create("http://127.0.0.1:" + this.port);
	}

	private static Map<String, Object> instance(int port) {
		return Map.of("instanceId", "127.0.0.1:catalog-service:" + port, "hostName", "127.0.0.1", "app",
				"CATALOG-SERVICE", "ipAddr", "127.0.0.1", "status", "UP", "port", Map.of("$", port, "@enabled", "true"),
				"dataCenterInfo",
				Map.of("@class", "com.netflix.appinfo.InstanceInfo$DefaultDataCenterInfo", "name", "MyOwn"));
	}

}
