package com.scalemart.platform.engines;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single Kafka 4 node in KRaft mode, broker and controller in one, running inside this
 * JVM and listening on 127.0.0.1. Its logs live in a fresh directory under the base
 * directory, removed on close: topics do not survive a restart.
 */
public final class KafkaEngine implements AutoCloseable {

	static final String PORT_VARIABLE = "SCALEMART_KAFKA_PORT";

	private static final Logger logger = LoggerFactory.getLogger(KafkaEngine.class);

	private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);

	private static final int NODE_ID = 1;

	private final KafkaRaftServer server;

	private final KafkaEndpoint endpoint;

	private final Path logs;

	private boolean closed;

	private KafkaEngine(KafkaRaftServer server, KafkaEndpoint endpoint, Path logs) {
		this.server = server;
		this.endpoint = endpoint;
		this.logs = logs;
	}

	/**
	 * Starts an embedded broker.
	 * @param port the client port, or 0 for a free one
	 * @param baseDir where the broker keeps its logs while it runs
	 * @return the running engine
	 * @throws PortInUseException if the port is taken
	 * @throws EngineStartException if the broker does not start; nothing is left running
	 */
	public static KafkaEngine embedded(int port, Path baseDir) {
		int chosen = Ports.orFree(port);
		Ports.requireFree(chosen, "embedded Kafka", PORT_VARIABLE);
		neverExitTheJvm();
		KafkaRaftServer server = null;
		Path logs = null;
		try {
			Files.createDirectories(baseDir);
			logs = Files.createTempDirectory(baseDir.toAbsolutePath(), "kafka-");
			KafkaConfig config = KafkaConfig.fromProps(brokerProperties(chosen, Ports.freePort(), logs));
			format(config, logs);
			server = new KafkaRaftServer(config, Time.SYSTEM);
			server.startup();
			KafkaEndpoint endpoint = new KafkaEndpoint("127.0.0.1:" + chosen);
			endpoint.check(READY_TIMEOUT, "see the Kafka log above");
			return new KafkaEngine(server, endpoint, logs);
		}
		catch (Exception ex) {
			stopQuietly(server, logs);
			if (ex instanceof EngineStartException engineStart) {
				throw engineStart;
			}
			throw new EngineStartException(
					"embedded Kafka did not start on port %d in %s (%s): check that the port is free and the directory writable"
						.formatted(chosen, baseDir, EngineFailures.rootCause(ex)),
					ex);
		}
	}

	/**
	 * One node that is broker and controller, a static quorum of itself, every listener
	 * on 127.0.0.1, and replication factors of one.
	 */
	private static Properties brokerProperties(int port, int controllerPort, Path logs) {
		Properties properties = new Properties();
		properties.put("process.roles", "broker,controller");
		properties.put("node.id", Integer.toString(NODE_ID));
		properties.put("controller.quorum.voters", "%d@127.0.0.1:%d".formatted(NODE_ID, controllerPort));
		properties.put("listeners",
				"PLAINTEXT://127.0.0.1:%d,CONTROLLER://127.0.0.1:%d".formatted(port, controllerPort));
		properties.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
		properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
		properties.put("controller.listener.names", "CONTROLLER");
		properties.put("inter.broker.listener.name", "PLAINTEXT");
		properties.put("log.dirs", logs.toString());
		properties.put("num.partitions", "1");
		properties.put("auto.create.topics.enable", "true");
		properties.put("delete.topic.enable", "true");
		properties.put("group.initial.rebalance.delay.ms", "0");
		properties.put("offsets.topic.replication.factor", "1");
		properties.put("offsets.topic.num.partitions", "5");
		properties.put("transaction.state.log.replication.factor", "1");
		properties.put("transaction.state.log.min.isr", "1");
		properties.put("share.coordinator.state.topic.replication.factor", "1");
		properties.put("share.coordinator.state.topic.min.isr", "1");
		return properties;
	}

	private static void format(KafkaConfig config, Path logs) throws Exception {
		new Formatter().setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
			.setNodeId(NODE_ID)
			.setClusterId(Uuid.randomUuid().toString())
			.setDirectories(List.of(logs.toString()))
			.setMetadataLogDirectory(config.metadataLogDir())
			.setControllerListenerName("CONTROLLER")
			.setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
			.run();
	}

	/**
	 * A broker that hits a fatal error calls {@code Exit}; inside a shared JVM that must
	 * not end the launcher or the test run.
	 */
	private static void neverExitTheJvm() {
		Exit.setExitProcedure(
				(status, message) -> logger.warn("embedded Kafka asked to exit ({}): {}", status, message));
		Exit.setHaltProcedure(
				(status, message) -> logger.warn("embedded Kafka asked to halt ({}): {}", status, message));
	}

	private static void stopQuietly(@Nullable KafkaRaftServer server, @Nullable Path logs) {
		try {
			stop(server, logs);
		}
		catch (RuntimeException | IOException ex) {
			// the start failure is what the caller needs to see
		}
	}

	private static void stop(@Nullable KafkaRaftServer server, @Nullable Path logs) throws IOException {
		if (server != null) {
			server.shutdown();
			server.awaitShutdown();
		}
		if (logs != null) {
			try (var paths = Files.walk(logs)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(path);
				}
			}
		}
	}

	/**
	 * The bootstrap servers of the broker.
	 * @return {@code 127.0.0.1:port}
	 */
	public String bootstrapServers() {
		return this.endpoint.bootstrapServers();
	}

	/**
	 * Where the broker listens.
	 * @return the endpoint
	 */
	public KafkaEndpoint endpoint() {
		return this.endpoint;
	}

	/**
	 * Stops the broker and deletes its logs. Calling it again does nothing.
	 */
	@Override
	public synchronized void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		try {
			stop(this.server, this.logs);
		}
		catch (RuntimeException | IOException ex) {
			throw new EngineStartException(
					"embedded Kafka at %s did not stop cleanly (%s): restart the JVM that runs it"
						.formatted(bootstrapServers(), EngineFailures.rootCause(ex)),
					ex);
		}
	}

}
