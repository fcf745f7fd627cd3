package com.scalemart.platform.testkit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clean-ups of test resources whose context has not closed yet. A context that failed to
 * start never publishes its close event, and at JVM exit the context cache may close
 * contexts after the engines stop: what is still pending then is done before the embedded
 * engines stop.
 */
final class PendingCleanups {

	private static final Logger logger = LoggerFactory.getLogger(PendingCleanups.class);

	private static final Map<String, Runnable> pending = new ConcurrentHashMap<>();

	private PendingCleanups() {
	}

	static void add(String name, Runnable cleanup) {
		pending.put(name, cleanup);
	}

	/**
	 * Runs the clean-up registered under the name, once, whoever calls first.
	 */
	static void run(String name) {
		Runnable cleanup = pending.remove(name);
		if (cleanup != null) {
			try {
				cleanup.run();
			}
			catch (RuntimeException ex) {
				logger.warn("could not clean up test resources {}: {}", name, ex.getMessage());
			}
		}
	}

	static boolean isPending(String name) {
		return pending.containsKey(name);
	}

	static void runAll() {
		pending.keySet().forEach(PendingCleanups::run);
	}

}
