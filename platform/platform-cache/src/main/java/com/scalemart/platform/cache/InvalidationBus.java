package com.scalemart.platform.cache;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.SubscriptionListener;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Tells the other instances of a cache to evict keys from their L1, over Redis pub/sub.
 *
 * <p>
 * Pub/sub delivers at most once: a subscriber that is disconnected when a message is
 * published never sees it. The L1 time to live is therefore the bound on staleness, and
 * the bus only makes the common case fast. The container resubscribes on its own after a
 * connection loss (every second) and then clears L1, since it may have missed messages;
 * messages are handled on the Redis client's thread because handling one is an L1
 * eviction and a timer update.
 */
final class InvalidationBus implements MessageListener, SubscriptionListener {

	private static final Log logger = LogFactory.getLog(InvalidationBus.class);

	private final L2Store store;

	private final String instanceId;

	private final Clock clock;

	private final Consumer<String> onRemoteInvalidation;

	private final Timer propagation;

	private final Counter malformed;

	private static final Duration RETRY_INTERVAL = Duration.ofSeconds(1);

	private static final ScheduledExecutorService RETRIES = Executors.newSingleThreadScheduledExecutor(
			Thread.ofPlatform().name("scalemart-cache-resubscribe").daemon(true).factory());

	private final RedisMessageListenerContainer container;

	private volatile @Nullable ScheduledFuture<?> retry;

	private volatile boolean closed;

	private final Runnable onResubscribed;

	private final AtomicInteger subscriptions = new AtomicInteger();

	InvalidationBus(RedisConnectionFactory connectionFactory, RedisKeys keys, L2Store store, String instanceId,
			Clock clock, Consumer<String> onRemoteInvalidation, Runnable onResubscribed, Timer propagation,
			Counter malformed) {
		this.onResubscribed = onResubscribed;
		this.store = store;
		this.instanceId = instanceId;
		this.clock = clock;
		this.onRemoteInvalidation = onRemoteInvalidation;
		this.propagation = propagation;
		this.malformed = malformed;
		this.container = new RedisMessageListenerContainer();
		this.container.setConnectionFactory(connectionFactory);
		this.container.setTaskExecutor(Runnable::run);
		this.container
			.setRecoveryBackoff(new FixedBackOff(Duration.ofSeconds(1).toMillis(), FixedBackOff.UNLIMITED_ATTEMPTS));
		// do not hold up the cache's construction when Redis is down: it subscribes later
		this.container.setMaxSubscriptionRegistrationWaitingTime(Duration.ofMillis(500).toMillis());
		this.container
			.setErrorHandler((ex) -> logger.warn("Invalidation listener of " + keys.channel() + " failed", ex));
		this.container.addMessageListener(this, new ChannelTopic(keys.channel()));
	}

	void start() {
		this.container.afterPropertiesSet();
		if (!trySubscribe()) {
			// the container recovers a lost subscription, but not one that never started:
			// keep trying; until then the L1 TTL bounds what this instance misses
			this.retry = RETRIES.scheduleWithFixedDelay(this::retrySubscribe, RETRY_INTERVAL.toMillis(),
					RETRY_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	private boolean trySubscribe() {
		try {
			this.container.start();
			return true;
		}
		catch (RuntimeException ex) {
			this.container.stop();
			logger.warn("Invalidation listener could not subscribe yet, retrying every %d ms: %s"
				.formatted(RETRY_INTERVAL.toMillis(), ex.getMessage()));
			return false;
		}
	}

	private void retrySubscribe() {
		if (this.closed || this.container.isRunning()) {
			ScheduledFuture<?> retry = this.retry;
			if (retry != null) {
				retry.cancel(false);
			}
			return;
		}
		try {
			this.container.start();
		}
		catch (RuntimeException ex) {
			this.container.stop();
		}
	}

	/**
	 * Tells whether the subscription is active, so that messages published from now on
	 * arrive.
	 * @return {@code true} if listening
	 */
	boolean isListening() {
		return this.container.isListening();
	}

	/**
	 * Publishes an invalidation; a failure is counted by the store and otherwise ignored.
	 * @param key the formatted key
	 * @return {@code true} if Redis took the message
	 */
	boolean publish(String key) {
		return this.store.publish(new InvalidationMessage(this.clock.millis(), this.instanceId, key).encode());
	}

	/**
	 * Messages published while the subscription was down are lost, so a subscription
	 * after the first one clears L1 instead of waiting for the TTL.
	 */
	@Override
	public void onChannelSubscribed(byte[] channel, long count) {
		if (this.subscriptions.incrementAndGet() > 1) {
			logger.info("Invalidation listener subscribed again; clearing L1 of what it may have missed");
			this.onResubscribed.run();
		}
	}

	@Override
	public void onMessage(Message message, byte[] pattern) {
		InvalidationMessage invalidation = InvalidationMessage.decode(message.getBody());
		if (invalidation == null) {
			this.malformed.increment();
			return;
		}
		if (invalidation.instanceId().equals(this.instanceId)) {
			return;
		}
		this.onRemoteInvalidation.accept(invalidation.key());
		long delay = Math.max(0, this.clock.millis() - invalidation.publishedAtMillis());
		this.propagation.record(delay, TimeUnit.MILLISECONDS);
	}

	void close() {
		this.closed = true;
		ScheduledFuture<?> retry = this.retry;
		if (retry != null) {
			retry.cancel(false);
		}
		try {
			this.container.stop();
			this.container.destroy();
		}
		catch (Exception ex) {
			logger.warn("Invalidation listener did not stop cleanly", ex);
		}
	}

}
