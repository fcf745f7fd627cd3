package com.scalemart.platform.web;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Thrown by application code to answer with a problem of a known {@link ProblemType}. The
 * detail is shown to the client, so it must never hold secrets or personal data.
 */
public class ProblemException extends ErrorResponseException {

	private final ProblemType problemType;

	public ProblemException(ProblemType type, String detail) {
		this(type, detail, null);
	}

	public ProblemException(ProblemType type, String detail, @Nullable Throwable cause) {
		super(type.status(), problemDetail(type, detail), cause);
		this.problemType = type;
	}

	public ProblemType problemType() {
		return this.problemType;
	}

	/** Adds a {@code Retry-After} header, in whole seconds rounded up. */
	public ProblemException retryAfter(Duration wait) {
		long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
		getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		return this;
	}

	private static ProblemDetail problemDetail(ProblemType type, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
		problem.setType(type.uri());
		problem.setTitle(type.title());
		return problem;
	}

}
