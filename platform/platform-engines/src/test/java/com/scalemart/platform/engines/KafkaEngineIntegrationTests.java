package com.scalemart.platform.engines;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

class KafkaEngineIntegrationTests {

	@TempDir
	Path baseDir;

	@Test
	void startsOnAFreePortCarriesARecordAndStopsCompletely() throws Exception {
		int port;
		try (KafkaEngine engine = KafkaEngine.embedded(0, this.baseDir)) {
			port = Integer.parseInt(engine.bootstrapServers().substring("127.0.0.1:".length()));
			assertThat(Ports.isFree(port)).isFalse();
			try (var producer = new KafkaProducer<String, String>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
					engine.bootstrapServers(), ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
					ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
				producer.send(new ProducerRecord<>("engine.greetings", "k", "hello")).get();
			}
			try (var consumer = new KafkaConsumer<String, String>(
					Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, engine.bootstrapServers(),
							ConsumerConfig.GROUP_ID_CONFIG, "engine-test", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
							"earliest", ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
							ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
				consumer.subscribe(List.of("engine.greetings"));
				List<String> values = new java.util.ArrayList<>();
				await().atMost(Duration.ofSeconds(20)).until(() -> {
					for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
						values.add(record.value());
					}
					return !values.isEmpty();
				});
				assertThat(values).containsExactly("hello");
			}
			engine.endpoint().deleteTopics("engine.");
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> Ports.isFree(port));
		assertThat(this.baseDir).isEmptyDirectory();
	}

	@Test
	void portInUseFailsBeforeStartingAnything() throws Exception {
		try (ServerSocket taken = new ServerSocket(0, 1, Ports.LOOPBACK)) {
			assertThatExceptionOfType(PortInUseException.class)
				.isThrownBy(() -> KafkaEngine.embedded(taken.getLocalPort(), this.baseDir))
				.withMessageContaining("SCALEMART_KAFKA_PORT");
		}
	}

	@Test
	void checkAgainstAClosedPortIsUnavailableQuickly() {
		KafkaEndpoint endpoint = new KafkaEndpoint("127.0.0.1:" + Ports.freePort());
		long started = System.nanoTime();
		assertThatExceptionOfType(EngineUnavailableException.class)
			.isThrownBy(() -> endpoint.check(Duration.ofSeconds(2)))
			.satisfies((ex) -> assertThat(ex.getMessage()).startsWith("Kafka at " + endpoint.bootstrapServers())
				.endsWith(": start it, or run without --external")
				.doesNotContain("\n"));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));
	}

}
