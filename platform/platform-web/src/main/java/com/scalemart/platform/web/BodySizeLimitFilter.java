package com.scalemart.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose declared body is larger than the API ever needs before anything
 * reads it, with a 413 problem. Bodies sent without a length (chunked) are left to the
 * per-field size limits of the request types.
 */
class BodySizeLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final ProblemWriter problemWriter;

	BodySizeLimitFilter(long maxBytes, ProblemWriter problemWriter) {
		this.maxBytes = maxBytes;
		this.problemWriter = problemWriter;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.maxBytes) {
			this.problemWriter.write(response, Problems.of(ProblemType.PAYLOAD_TOO_LARGE,
					"The body may hold at most " + this.maxBytes + " bytes."));
			return;
		}
		chain.doFilter(request, response);
	}

}
