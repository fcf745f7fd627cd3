package com.scalemart.devstack.engine;

import java.nio.file.Path;
import java.util.List;

import com.scalemart.platform.engines.KafkaEndpoint;
import com.scalemart.platform.engines.KafkaEngine;
import com.scalemart.platform.engines.MariaDbEndpoint;
import com.scalemart.platform.engines.MariaDbEngine;
import com.scalemart.platform.engines.MariaDbReplication;
import com.scalemart.platform.engines.RedisEndpoint;
import com.scalemart.platform.engines.RedisEngine;

/**
 * Starts the engines of embedded mode: MariaDB (with its read replica) and Redis as child
 * processes, Kafka inside the launcher's JVM. Data lives under the state dir so that a
 * second stack with its own state dir never shares files with the first.
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

	/**
	 * Starts MariaDB as a replication primary (row-based binary log, GTIDs) and its read
	 * replica, both at once; the replica keeps its data in {@code mariadb-replica} next
	 * to the primary's, and is seeded from a dump of the primary when it is new.
	 * @param port the primary's port
	 * @param replicaPort the replica's port
	 * @param dataDir the engines' data directory
	 * @return the primary, then the replica; stopping the primary stops both
	 */
	public static List<StartedEngine<MariaDbEndpoint>> mariaDbWithReplica(int port, int replicaPort, Path dataDir) {
		MariaDbReplication replication = MariaDbReplication.start(dataDir.resolve("mariadb"), port,
				dataDir.resolve("mariadb-replica"), replicaPort);
		MariaDbEndpoint primary = replication.primary();
		MariaDbEndpoint replica = replication.replica();
		return List.of(
				new StartedEngine<>(EngineKind.MARIADB, primary, port, replication.primaryPid(),
						"jdbc:mariadb://" + primary.host() + ":" + primary.port(), replication),
				new StartedEngine<>(EngineKind.MARIADB_REPLICA, replica, replicaPort, replication.replicaPid(),
						"jdbc:mariadb://" + replica.host() + ":" + replica.port(), replication::stopReplica));
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
