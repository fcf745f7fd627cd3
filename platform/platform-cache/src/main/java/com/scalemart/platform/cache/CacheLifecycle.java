package com.scalemart.platform.cache;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Closes caches when a Spring context stops, so that write-behind is drained while the
 * database and Redis are still there. Declare one bean per application:
 *
 * <pre class="code">
 * &#64;Bean
 * CacheLifecycle cacheLifecycle(LayeredCache&lt;Long, Product&gt; products) {
 *     return new CacheLifecycle(products);
 * }
 * </pre>
 *
 * Its phase makes it stop after the web server has stopped taking requests (higher phases
 * stop first) and before the Redis connection factory.
 */
public final class CacheLifecycle implements SmartLifecycle {

	/**
	 * Below the web server's graceful shutdown and above Lettuce's connection factory.
	 */
	public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

	private static final Log logger = LogFactory.getLog(CacheLifecycle.class);

	private final List<LayeredCache<?, ?>> caches;

	private volatile boolean running;

	/**
	 * @param caches the caches to close on stop
	 */
	public CacheLifecycle(LayeredCache<?, ?>... caches) {
		this.caches = List.of(caches);
	}

	@Override
	public void start() {
		this.running = true;
	}

	/**
	 * Closes every cache, even when one fails; the first failure is rethrown after.
	 */
	@Override
	public void stop() {
		this.running = false;
		RuntimeException first = null;
		for (LayeredCache<?, ?> cache : this.caches) {
			try {
				cache.close();
			}
			catch (RuntimeException ex) {
				logger.error("Cache '" + cache.name() + "' did not close cleanly", ex);
				first = (first != null) ? first : ex;
			}
		}
		if (first != null) {
			throw first;
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
