package com.scalemart.platform.security;

import java.io.IOException;

import com.scalemart.platform.web.ProblemType;
import com.scalemart.platform.web.ProblemWriter;
import com.scalemart.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/** Answers an authenticated caller without the needed role with a 403 problem detail. */
final class ProblemAccessDeniedHandler implements AccessDeniedHandler {

	private final ProblemWriter problemWriter;

	ProblemAccessDeniedHandler(ProblemWriter problemWriter) {
		this.problemWriter = problemWriter;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		this.problemWriter.write(response, Problems.of(ProblemType.FORBIDDEN, "Your roles do not allow this request."));
	}

}
