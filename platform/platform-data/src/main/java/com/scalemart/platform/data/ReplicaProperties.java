package com.scalemart.platform.data;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The replica and how far behind it may be, under {@code scalemart.data.replica}. Without
 * {@code url}, nothing is routed: the application keeps its single data source.
 *
 * @param url the replica's JDBC URL, same database as the primary's
 * @param username its user
 * @param password its password
 * @param maxLag reads go to the primary while the replica is further behind than this
 * @param heartbeatInterval how often the primary's heartbeat row is written and the
 * replica's read: the lag's resolution and the gauge's update rate
 * @param readYourWritesWindow how long a writer's reads wait for the replica to apply its
 * last write before reading the replica anyway; longer than {@code maxLag}, so that a
 * replica that is further behind is avoided by the lag check instead
 * @param maximumPoolSize the replica pool's size
 * @param connectionTimeout how long a read waits for a replica connection before it goes
 * to the primary
 */
@ConfigurationProperties("scalemart.data.replica")
public record ReplicaProperties(@Nullable String url, @DefaultValue("root") String username,
		@DefaultValue("") String password, @DefaultValue("2s") Duration maxLag,
		@DefaultValue("250ms") Duration heartbeatInterval, @DefaultValue("10s") Duration readYourWritesWindow,
		@DefaultValue("10") int maximumPoolSize, @DefaultValue("500ms") Duration connectionTimeout) {

	public ReplicaProperties {
		if (maxLag.isNegative() || maxLag.isZero()) {
			throw new IllegalArgumentException("scalemart.data.replica.max-lag must be positive, was " + maxLag);
		}
		if (heartbeatInterval.toMillis() < 10) {
			throw new IllegalArgumentException(
					"scalemart.data.replica.heartbeat-interval must be at least 10ms, was " + heartbeatInterval);
		}
		if (readYourWritesWindow.compareTo(maxLag) <= 0) {
			throw new IllegalArgumentException(
					"scalemart.data.replica.read-your-writes-window (%s) must be longer than max-lag (%s)"
						.formatted(readYourWritesWindow, maxLag));
		}
	}

	/**
	 * The defaults, for a replica set up in code.
	 * @return max lag 2 s, heartbeat 250 ms, read-your-writes window 10 s
	 */
	public static ReplicaProperties defaults() {
		return new ReplicaProperties(null, "root", "", Duration.ofSeconds(2), Duration.ofMillis(250),
				Duration.ofSeconds(10), 10, Duration.ofMillis(500));
	}

	/**
	 * A copy with another maximum lag and read-your-writes window.
	 * @param maxLag the maximum lag
	 * @param window the read-your-writes window
	 * @return the copy
	 */
	public ReplicaProperties withLimits(Duration maxLag, Duration window) {
		return new ReplicaProperties(this.url, this.username, this.password, maxLag, this.heartbeatInterval, window,
				this.maximumPoolSize, this.connectionTimeout);
	}

}
