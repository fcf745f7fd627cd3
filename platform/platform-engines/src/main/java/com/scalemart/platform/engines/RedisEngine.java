package com.scalemart.platform.engines;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import redis.embedded.RedisServer;

/**
 * A Redis 6.2 server run as a child process, listening on 127.0.0.1, without persistence.
 */
public final class RedisEngine implements AutoCloseable {

	static final String PORT_VARIABLE = "SCALEMART_REDIS_PORT";

	private static final Duration READY_TIMEOUT = Duration.ofSeconds(5);

	private final RedisServer server;

	private final RedisEndpoint endpoint;

	private final long pid;

	private boolean closed;

	private RedisEngine(RedisServer server, RedisEndpoint endpoint, long pid) {
		this.server = server;
		this.endpoint = endpoint;
		this.pid = pid;
	}

	/**
	 * Starts an embedded server.
	 * @param port the port, or 0 for a free one
	 * @return the running engine
	 * @throws PortInUseException if the port is taken
	 * @throws EngineStartException if the server does not start; nothing is left running
	 */
	public static RedisEngine embedded(int port) {
		// one start at a time, so that the new redis-server child is ours
		synchronized (RedisEngine.class) {
			return start(port);
		}
	}

	private static RedisEngine start(int port) {
		int chosen = Ports.orFree(port);
		Ports.requireFree(chosen, "embedded Redis", PORT_VARIABLE);
		RedisServer server = null;
		Set<Long> before = ChildProcesses.descendants();
		try {
			server = RedisServer.newRedisServer()
				.bind("127.0.0.1")
				.port(chosen)
				// nothing whose loss is a bug lives only in Redis: no snapshots, no AOF
				.setting("save \"\"")
				.setting("appendonly no")
				.onShutdownForceStop(true)
				.build();
			server.start();
			RedisEndpoint endpoint = new RedisEndpoint("127.0.0.1", chosen);
			endpoint.check(READY_TIMEOUT, "see the Redis output above");
			long pid = ChildProcesses.findNew("redis-server", before).map(ProcessHandle::pid).orElse(-1L);
			return new RedisEngine(server, endpoint, pid);
		}
		catch (IOException | RuntimeException ex) {
			stopQuietly(server);
			if (ex instanceof EngineStartException engineStart) {
				throw engineStart;
			}
			throw new EngineStartException(
					"embedded Redis did not start on port %d (%s): check that the port is free and the temporary directory writable"
						.formatted(chosen, EngineFailures.rootCause(ex)),
					ex);
		}
	}

	private static void stopQuietly(@Nullable RedisServer server) {
		if (server != null) {
			try {
				server.stop();
			}
			catch (IOException | RuntimeException ex) {
				// the start failure is what the caller needs to see
			}
		}
	}

	/**
	 * Where the server listens.
	 * @return the endpoint
	 */
	public RedisEndpoint endpoint() {
		return this.endpoint;
	}

	/**
	 * The process id of the {@code redis-server} child.
	 * @return the pid, or -1 if it could not be found
	 */
	public long pid() {
		return this.pid;
	}

	/**
	 * Stops the server. Calling it again does nothing.
	 */
	@Override
	public synchronized void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		try {
			this.server.stop();
		}
		catch (IOException ex) {
			throw new EngineStartException("embedded Redis on port %d did not stop (%s): kill process %d"
				.formatted(this.endpoint.port(), EngineFailures.rootCause(ex), this.pid), ex);
		}
	}

}
