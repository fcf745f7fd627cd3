package com.scalemart.user.shard;

import java.util.Map;
import java.util.TreeMap;

import com.scalemart.platform.data.shard.ScatterGather;
import com.scalemart.platform.data.shard.Shard;
import com.scalemart.platform.data.shard.ShardRegistry;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Every shard, reachable or not, as {@code /actuator/health}'s {@code shards} detail. It
 * is not part of readiness: with one shard down, the users on the others are still
 * served, and an instance taken out of rotation would not bring that shard back.
 */
@Component("shards")
class ShardsHealthIndicator implements HealthIndicator {

	private final ShardRegistry registry;

	private final ScatterGather scatterGather;

	ShardsHealthIndicator(ShardRegistry registry, ScatterGather scatterGather) {
		this.registry = registry;
		this.scatterGather = scatterGather;
	}

	@Override
	public Health health() {
		ScatterGather.Result<Integer> pings = this.scatterGather
			.query((jdbc) -> jdbc.sql("SELECT 1").query(Integer.class).list());
		Map<String, String> shards = new TreeMap<>();
		for (Shard shard : this.registry.layout().shards().values()) {
			String failure = pings.failures().get(shard.id());
			shards.put("shard-" + shard.id(),
					shard.state() + ", " + ((failure != null) ? "unreachable: " + failure : "up"));
		}
		Health.Builder health = pings.partial() ? Health.down() : Health.up();
		return health.withDetail("version", this.registry.layout().version()).withDetail("shards", shards).build();
	}

}
