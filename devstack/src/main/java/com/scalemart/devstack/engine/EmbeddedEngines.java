package com.scalemart.devstack.engine;

import java.nio.file.Path;

import com.scalemart.platform.engines.KafkaEndpoint;
import com.scalemart.platform.engines.KafkaEngine;
import com.scalemart.platform.engines.MariaDbEndpoint;
import com.scalemart.platform.engines.MariaDbEngine;
import com.scalemart.platform.engines.RedisEndpoint;
import com.scalemart.platform.engines.RedisEngine;

/**
 * Starts the engines of embedded mode: MariaDB and Redis as child processes, Kafka inside
 * the launcher's JVM. Data lives under the state dir so that a second stack with its own
 * state dir never shares files with the first.
 */
public final class EmbeddedEngines {

	private EmbeddedEngines() {
	}

	public static StartedEngine<MariaDbEndpoint> mariaDb(int port, Path dataDir) {
		MariaDbEngine engine = MariaDbEngine.embedded(port, dataDir.resolve("mariadb"));
		MariaDbEndpoint endpoint = engine.endpoint();
		return new StartedEngine<>(EngineKind.MARIADB, endpoint, port, engine.pid(),
				"jdbc:mariadb://" + endpoint.host() + ":" + endpoint.port(), engine);
	}

	public static StartedEngine<RedisEndpoint> redis(int port) {
		RedisEngine engine = RedisEngine.embedded(port);
		RedisEndpoint endpoint = engine.endpoint();
		return new StartedEngine<>(EngineKind.REDIS, endpoint, port, engine.pid(),
				"redis://" + endpoint.host() + ":" + endpoint.port(), engine);
	}

	public static StartedEngine<KafkaEndpoint> kafka(int port, Path dataDir) {
		KafkaEngine engine = KafkaEngine.embedded(port, dataDir.resolve("kafka"));
		return new StartedEngine<>(EngineKind.KAFKA, engine.endpoint(), port, ProcessHandle.current().pid(),
				"kafka://" + engine.bootstrapServers(), engine);
	}

}
