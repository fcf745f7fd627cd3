package com.scalemart.platform.security;

import com.scalemart.platform.web.ProblemType;
import com.scalemart.platform.web.Problems;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers the security exceptions that method security ({@code @PreAuthorize}) throws
 * from inside a controller: they never reach the security filters, and must not become a
 * 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityExceptionAdvice {

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> accessDenied() {
		return respond(Problems.of(ProblemType.FORBIDDEN, "Your roles do not allow this request."));
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<ProblemDetail> authenticationFailed() {
		return respond(Problems.of(ProblemType.AUTHENTICATION_REQUIRED,
				"Send an access token: Authorization: Bearer <token>."));
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
