package com.scalemart.user.shard.web;

import java.time.Duration;

import com.scalemart.platform.data.shard.OwnerBusyException;
import com.scalemart.platform.web.ProblemException;
import com.scalemart.platform.web.ProblemType;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers for the shards' own failures, all 503 with Retry-After, since nothing was
 * written: a write that waited too long for a user being moved between shards, and a
 * shard that cannot be reached (its users are unavailable, the others are not).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ShardProblems {

	private static final Logger log = LoggerFactory.getLogger(ShardProblems.class);

	@ExceptionHandler(OwnerBusyException.class)
	ResponseEntity<ProblemDetail> ownerBusy(OwnerBusyException ex) {
		return response(new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
				"The account is being moved between shards. Try again in a moment.", ex)
			.retryAfter(Duration.ofSeconds(1)));
	}

	// a transaction that cannot get its connection fails as CannotCreateTransaction
	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class })
	ResponseEntity<ProblemDetail> shardUnreachable(RuntimeException ex) {
		log.warn("A database could not be reached: {}", ex.getMessage());
		return response(new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
				"Part of the user data is unavailable for a moment. Try again shortly.", ex)
			.retryAfter(Duration.ofSeconds(5)));
	}

	private static ResponseEntity<ProblemDetail> response(ProblemException problem) {
		return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders()).body(problem.getBody());
	}

}
