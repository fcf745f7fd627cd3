package com.scalemart.platform.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;

import com.scalemart.platform.engines.KafkaEndpoint;
import com.scalemart.platform.engines.KafkaEngine;
import com.scalemart.platform.engines.MariaDbEndpoint;
import com.scalemart.platform.engines.MariaDbEngine;
import com.scalemart.platform.engines.RedisEndpoint;
import com.scalemart.platform.engines.RedisEngine;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts embedded engines on free ports and stops them, after the pending clean-ups, when
 * the JVM exits.
 */
final class EmbeddedEngines {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedEngines.class);

	private final Path workDir;

	private final Deque<AutoCloseable> started = new ArrayDeque<>();

	private @Nullable FileLock mariaDbLock;

	private boolean hooked;

	EmbeddedEngines(Path workDir) {
		this.workDir = workDir;
	}

	/**
	 * Engines under {@code target/scalemart-engines} when run from a Maven module, so
	 * that the MariaDB installation is reused by the next run; else under a temporary
	 * directory.
	 */
	static EmbeddedEngines forThisJvm() {
		Path target = Path.of("target");
		try {
			Path workDir = Files.isDirectory(target) ? target.resolve("scalemart-engines")
					: Files.createTempDirectory("scalemart-engines-");
			return new EmbeddedEngines(workDir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("no directory for the embedded engines", ex);
		}
	}

	synchronized MariaDbEndpoint mariaDb() {
		Path baseDir = lockedMariaDbDir();
		boolean reused = baseDir.startsWith(this.workDir);
		MariaDbEngine engine = register(MariaDbEngine.embedded(0, baseDir));
		MariaDbEndpoint endpoint = engine.endpoint();
		if (reused) {
			// a JVM that was killed could not drop its databases; we hold the lock, so no
			// one
			// else uses these
			for (String leftover : endpoint.databases(TestResourceName.PREFIX)) {
				endpoint.dropDatabase(leftover);
			}
		}
		return endpoint;
	}

	synchronized RedisEndpoint redis() {
		return register(RedisEngine.embedded(0)).endpoint();
	}

	synchronized KafkaEndpoint kafka() {
		return register(KafkaEngine.embedded(0, this.workDir.resolve("kafka"))).endpoint();
	}

	/**
	 * One MariaDB server per data directory: the first JVM keeps the reusable directory,
	 * a second one at the same time (an IDE next to a build) gets a temporary one.
	 */
	private Path lockedMariaDbDir() {
		try {
			Files.createDirectories(this.workDir);
			FileChannel channel = FileChannel.open(this.workDir.resolve("mariadb.lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE);
			FileLock lock = channel.tryLock();
			if (lock != null) {
				this.mariaDbLock = lock;
				return this.workDir.resolve("mariadb");
			}
			channel.close();
			return Files.createTempDirectory("scalemart-mariadb-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("no directory for the embedded MariaDB under " + this.workDir, ex);
		}
	}

	private <T extends AutoCloseable> T register(T engine) {
		this.started.push(engine);
		if (!this.hooked) {
			this.hooked = true;
			Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "scalemart-test-engines-stop"));
		}
		return engine;
	}

	private void stopAll() {
		PendingCleanups.runAll();
		synchronized (this) {
			while (!this.started.isEmpty()) {
				AutoCloseable engine = this.started.pop();
				try {
					engine.close();
				}
				catch (Exception ex) {
					logger.warn("could not stop {}: {}", engine, ex.getMessage());
				}
			}
			if (this.mariaDbLock != null) {
				try {
					this.mariaDbLock.channel().close();
				}
				catch (IOException ex) {
					// the lock goes with the process anyway
				}
			}
		}
	}

}
