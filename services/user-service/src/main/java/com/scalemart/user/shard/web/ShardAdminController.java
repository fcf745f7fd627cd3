package com.scalemart.user.shard.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import com.scalemart.platform.data.shard.ReshardingJob;
import com.scalemart.platform.data.shard.ReshardingJobs;
import com.scalemart.platform.web.ProblemException;
import com.scalemart.platform.web.ProblemType;
import com.scalemart.user.shard.Resharding;
import com.scalemart.user.shard.ShardOverview;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/admin/shards}: what the shards hold, and adding one while the service runs.
 */
@RestController
@RequestMapping(path = "/api/admin/shards", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasRole('ADMIN')")
class ShardAdminController {

	static final ProblemType JOB_NOT_FOUND = new ProblemType("resharding-job-not-found", HttpStatus.NOT_FOUND,
			"No such resharding job");

	private final ShardOverview overview;

	private final Resharding resharding;

	private final ReshardingJobs jobs;

	ShardAdminController(ShardOverview overview, Resharding resharding, ReshardingJobs jobs) {
		this.overview = overview;
		this.resharding = resharding;
		this.jobs = jobs;
	}

	record ShardResponse(int id, String state, double weight, String database, @Nullable Long users,
			@Nullable String unavailable) {
	}

	record ShardSetResponse(long version, List<ShardResponse> shards, List<JobResponse> jobs) {
	}

	@GetMapping
	ShardSetResponse shards() {
		ShardOverview.View view = this.overview.view();
		return new ShardSetResponse(view.version(), view.shards()
			.stream()
			.map((shard) -> new ShardResponse(shard.shard().id(), shard.shard().state().name(), shard.shard().weight(),
					withoutOptions(shard.shard().jdbcUrl()), shard.users(), shard.unavailable()))
			.toList(), view.jobs().stream().map(this::response).toList());
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<JobResponse> add(@Valid @RequestBody AddShardRequest request) {
		ReshardingJob job = this.resharding.addShard(request.jdbcUrl(), request.weightOrDefault());
		return ResponseEntity.accepted().location(URI.create("/api/admin/shards/jobs/" + job.id())).body(response(job));
	}

	@GetMapping("/jobs/{id}")
	JobResponse job(@PathVariable long id) {
		return this.resharding.job(id)
			.map(this::response)
			.orElseThrow(() -> new ProblemException(JOB_NOT_FOUND, "There is no resharding job " + id + "."));
	}

	record PinRequest(@NotNull @Min(0) Integer shard) {
	}

	record PinResponse(UUID userId, int shard, String placement, double fenceMillis) {
	}

	/** Moves a user to a shard and keeps it there; resharding jobs leave it. */
	@PutMapping(path = "/pins/{userId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	PinResponse pin(@PathVariable UUID userId, @Valid @RequestBody PinRequest request) {
		double fence = this.resharding.pin(userId, request.shard());
		return new PinResponse(userId, request.shard(), "PINNED", fence);
	}

	/** Gives a pinned user back to the ring. */
	@DeleteMapping("/pins/{userId}")
	PinResponse unpin(@PathVariable UUID userId) {
		double fence = this.resharding.unpin(userId);
		return new PinResponse(userId, this.overview.locate(userId), "RING", fence);
	}

	private JobResponse response(ReshardingJob job) {
		return JobResponse.of(job, this.jobs.fenceTimes(job.id()));
	}

	private static String withoutOptions(String jdbcUrl) {
		int options = jdbcUrl.indexOf('?');
		return (options < 0) ? jdbcUrl : jdbcUrl.substring(0, options);
	}

}
