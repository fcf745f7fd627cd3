package com.scalemart.platform.web;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds problem details the same way for the MVC layer and the security filters. */
public final class Problems {

	private Problems() {
	}

	public static ProblemDetail of(ProblemType type, @Nullable String detail) {
		ProblemDetail problem = ProblemDetail.forStatus(type.status());
		problem.setType(type.uri());
		problem.setTitle(type.title());
		if (detail != null) {
			problem.setDetail(detail);
		}
		addRequestId(problem);
		return problem;
	}

	/**
	 * Adds the id of the current request, so a client's report can be found in the logs.
	 */
	public static void addRequestId(ProblemDetail problem) {
		String requestId = MDC.get(RequestIdFilter.MDC_KEY);
		if (requestId != null) {
			problem.setProperty("requestId", requestId);
		}
	}

	static ProblemType typeForStatus(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		if (known == null) {
			return ProblemType.INTERNAL_ERROR;
		}
		return switch (known) {
			case BAD_REQUEST -> ProblemType.MALFORMED_REQUEST;
			case UNAUTHORIZED -> ProblemType.AUTHENTICATION_REQUIRED;
			case FORBIDDEN -> ProblemType.FORBIDDEN;
			case NOT_FOUND -> ProblemType.NOT_FOUND;
			case METHOD_NOT_ALLOWED -> ProblemType.METHOD_NOT_ALLOWED;
			case NOT_ACCEPTABLE -> ProblemType.NOT_ACCEPTABLE;
			case CONTENT_TOO_LARGE -> ProblemType.PAYLOAD_TOO_LARGE;
			case UNSUPPORTED_MEDIA_TYPE -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
			case TOO_MANY_REQUESTS -> ProblemType.RATE_LIMITED;
			case SERVICE_UNAVAILABLE -> ProblemType.SERVICE_UNAVAILABLE;
			default -> (known.is4xxClientError()) ? ProblemType.MALFORMED_REQUEST : ProblemType.INTERNAL_ERROR;
		};
	}

}
