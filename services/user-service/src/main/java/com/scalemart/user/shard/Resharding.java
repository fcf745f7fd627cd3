package com.scalemart.user.shard;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

import com.scalemart.platform.data.shard.ReshardingJob;
import com.scalemart.platform.data.shard.ReshardingJobs;
import com.scalemart.platform.data.shard.Resharder;
import com.scalemart.platform.web.ProblemException;
import com.scalemart.platform.web.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Adds shards: prepares the new database, starts the job and runs it in the background on
 * this instance. Every instance also looks for an unfinished job whose runner stopped
 * renewing its lease (a crash, a restart) and resumes it.
 */
@Service
public class Resharding implements DisposableBean {

	public static final ProblemType IN_PROGRESS = new ProblemType("resharding-in-progress", HttpStatus.CONFLICT,
			"A shard is being added already");

	public static final ProblemType SHARD_UNREACHABLE = new ProblemType("shard-unreachable",
			HttpStatus.UNPROCESSABLE_CONTENT, "The new shard's database cannot be prepared");

	private static final Logger log = LoggerFactory.getLogger(Resharding.class);

	private final Resharder resharder;

	private final ReshardingJobs jobs;

	private final DataSourceProperties dataSource;

	private final ExecutorService runner = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().name("resharding").daemon().factory());

	private final AtomicBoolean running = new AtomicBoolean();

	Resharding(Resharder resharder, ReshardingJobs jobs, DataSourceProperties dataSource) {
		this.resharder = resharder;
		this.jobs = jobs;
		this.dataSource = dataSource;
	}

	/**
	 * Adds a shard and starts moving users onto it.
	 * @param jdbcUrl the new shard's database
	 * @param weight its weight on the ring
	 * @return the job, just started
	 * @throws ProblemException 409 while another job runs, 422 when the database cannot
	 * be prepared
	 */
	public ReshardingJob addShard(String jdbcUrl, double weight) {
		if (this.jobs.unfinished().isPresent()) {
			throw new ProblemException(IN_PROGRESS, "Wait until the running job is done: GET /api/admin/shards.");
		}
		prepare(jdbcUrl);
		ReshardingJob job;
		try {
			job = this.resharder.start(jdbcUrl, weight);
		}
		catch (IllegalStateException ex) {
			throw new ProblemException(IN_PROGRESS, ex.getMessage(), ex);
		}
		submit(job.id());
		return job;
	}

	public static final ProblemType USER_NOT_FOUND = new ProblemType("user-not-found", HttpStatus.NOT_FOUND,
			"No such user");

	public static final ProblemType SHARD_NOT_ACTIVE = new ProblemType("shard-not-active",
			HttpStatus.UNPROCESSABLE_CONTENT, "The shard is not an active shard");

	/**
	 * Pins a user to a shard: moves it there and keeps it there through resharding (a hot
	 * user on a shard of its own).
	 * @param userId the user
	 * @param shardId an active shard
	 * @return how long the user's writes were held, in milliseconds
	 * @throws ProblemException 404, 409 while a job runs, 422 for a shard that is not
	 * active
	 */
	public double pin(UUID userId, int shardId) {
		return moving(() -> this.resharder.pin(userId, shardId));
	}

	/**
	 * Gives a pinned user back to the ring.
	 * @param userId the user
	 * @return how long the user's writes were held, in milliseconds
	 */
	public double unpin(UUID userId) {
		return moving(() -> this.resharder.unpin(userId));
	}

	private static double moving(LongSupplier move) {
		try {
			return move.getAsLong() / 1000.0;
		}
		catch (IllegalStateException ex) {
			throw new ProblemException(IN_PROGRESS, ex.getMessage(), ex);
		}
		catch (IllegalArgumentException ex) {
			boolean noUser = ex.getMessage() != null && ex.getMessage().startsWith("there is no owner");
			throw noUser ? new ProblemException(USER_NOT_FOUND, "There is no user with this id.", ex)
					: new ProblemException(SHARD_NOT_ACTIVE, ex.getMessage(), ex);
		}
	}

	/**
	 * A job and its progress.
	 * @param id the job
	 * @return it, if it exists
	 */
	public Optional<ReshardingJob> job(long id) {
		return this.jobs.find(id);
	}

	/** Resumes an unfinished job that no live instance holds. */
	@Scheduled(initialDelayString = "${scalemart.user.shards.resharding.lease:15s}",
			fixedDelayString = "${scalemart.user.shards.resharding.lease:15s}")
	void resumeAbandoned() {
		this.jobs.unfinished().ifPresent((job) -> submit(job.id()));
	}

	private void submit(long jobId) {
		if (!this.running.compareAndSet(false, true)) {
			return;
		}
		this.runner.submit(() -> {
			try {
				this.resharder.run(jobId)
					.ifPresent(
							(job) -> log.info("Resharding job {} ended {}: {}", job.id(), job.phase(), job.report()));
			}
			catch (RuntimeException ex) {
				log.error("Resharding job {} stopped; an instance resumes it after its lease", jobId, ex);
			}
			finally {
				this.running.set(false);
			}
		});
	}

	// creates the schema before the shard joins, so that the job only moves data
	private void prepare(String jdbcUrl) {
		try {
			ShardMigrations.migrate(new DriverManagerDataSource(jdbcUrl, this.dataSource.determineUsername(),
					this.dataSource.determinePassword()));
		}
		catch (RuntimeException ex) {
			throw new ProblemException(SHARD_UNREACHABLE, "Could not prepare " + jdbcUrl + ": " + rootMessage(ex), ex);
		}
	}

	private static String rootMessage(Throwable failure) {
		return String.valueOf(NestedExceptionUtils.getMostSpecificCause(failure).getMessage())
			.lines()
			.findFirst()
			.orElse("");
	}

	@Override
	public void destroy() {
		this.runner.shutdownNow();
	}

}
