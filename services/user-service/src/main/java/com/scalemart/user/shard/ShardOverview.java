package com.scalemart.user.shard;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.scalemart.platform.data.shard.ReshardingJob;
import com.scalemart.platform.data.shard.ReshardingJobs;
import com.scalemart.platform.data.shard.ScatterGather;
import com.scalemart.platform.data.shard.Shard;
import com.scalemart.platform.data.shard.ShardLayout;
import com.scalemart.platform.data.shard.ShardRegistry;
import com.scalemart.platform.data.shard.ShardRouter;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/** The shard set as an operator sees it: shards, their users, and the jobs. */
@Service
public class ShardOverview {

	/** A shard and its live users, or why they could not be counted. */
	public record ShardView(Shard shard, @Nullable Long users, @Nullable String unavailable) {
	}

	/** The shard set at one version. */
	public record View(long version, List<ShardView> shards, List<ReshardingJob> jobs) {
	}

	private final ShardRegistry registry;

	private final ScatterGather scatterGather;

	private final ReshardingJobs jobs;

	private final ShardRouter router;

	ShardOverview(ShardRegistry registry, ScatterGather scatterGather, ReshardingJobs jobs, ShardRouter router) {
		this.registry = registry;
		this.scatterGather = scatterGather;
		this.jobs = jobs;
		this.router = router;
	}

	/**
	 * The shard a user lives on, read from the databases now.
	 * @param userId the user
	 * @return the shard id
	 */
	public int locate(UUID userId) {
		return this.router.locateFresh(userId);
	}

	public View view() {
		ShardLayout layout = this.registry.refresh();
		ScatterGather.Result<Long> counts = this.scatterGather
			.query((jdbc) -> jdbc.sql("SELECT COUNT(*) FROM users WHERE in_transit = FALSE").query(Long.class).list());
		Map<Integer, List<Long>> rows = counts.rows();
		List<ShardView> shards = layout.shards()
			.values()
			.stream()
			.map((shard) -> new ShardView(shard, rows.containsKey(shard.id()) ? rows.get(shard.id()).getFirst() : null,
					counts.failures().get(shard.id())))
			.toList();
		return new View(layout.version(), shards, this.jobs.all().stream().limit(10).toList());
	}

}
