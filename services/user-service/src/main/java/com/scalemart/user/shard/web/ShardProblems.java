package com.scalemart.user.shard.web;

import java.time.Duration;

import com.scalemart.platform.data.shard.OwnerBusyException;
import com.scalemart.platform.web.ProblemException;
import com.scalemart.platform.web.ProblemType;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A write that waited too long for a user being moved between shards: 503 with
 * Retry-After, since nothing was written and the same request will succeed shortly.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ShardProblems {

	@ExceptionHandler(OwnerBusyException.class)
	ResponseEntity<ProblemDetail> ownerBusy(OwnerBusyException ex) {
		ProblemException problem = new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
				"The account is being moved between shards. Try again in a moment.", ex)
			.retryAfter(Duration.ofSeconds(1));
		return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders()).body(problem.getBody());
	}

}
