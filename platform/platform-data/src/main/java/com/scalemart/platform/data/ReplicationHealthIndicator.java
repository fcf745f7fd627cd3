package com.scalemart.platform.data;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The replica's state as a health detail. Always up: a replica that is down or behind
 * only moves reads to the primary, the application still serves.
 */
final class ReplicationHealthIndicator implements HealthIndicator {

	private final LagMonitor monitor;

	ReplicationHealthIndicator(LagMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public Health health() {
		ReplicaState state = this.monitor.state();
		Health.Builder health = Health.up()
			.withDetail("mode", "asynchronous")
			.withDetail("replica", state.condition().name().toLowerCase(java.util.Locale.ROOT))
			.withDetail("readsGoTo", (state.condition() == ReplicaState.Condition.IN_SYNC) ? "replica" : "primary")
			.withDetail("maxLagSeconds", this.monitor.maxLag().toMillis() / 1000.0)
			.withDetail("checkedAt", state.checkedAt().toString());
		if (state.lag() != null) {
			health.withDetail("lagSeconds", state.lagSeconds());
		}
		if (!state.problem().isEmpty()) {
			health.withDetail("problem", state.problem());
		}
		return health.build();
	}

}
