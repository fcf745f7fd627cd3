package com.scalemart.platform.web;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Says which instance answered ({@code X-Served-By}), so that a load balancer's share per
 * instance can be measured from outside; and, for the load-balancing lab only, makes this
 * instance slow or failing on purpose. Both injections are off unless configured.
 */
class InstanceFilter extends OncePerRequestFilter {

	static final String SERVED_BY = "X-Served-By";

	static final ProblemType INJECTED_FAILURE = new ProblemType("injected-failure", HttpStatus.SERVICE_UNAVAILABLE,
			"This instance was told to fail");

	private final String instanceId;

	private final Duration latency;

	private final double failureRate;

	private final ProblemWriter problemWriter;

	InstanceFilter(String instanceId, Duration latency, double failureRate, ProblemWriter problemWriter) {
		if (failureRate < 0 || failureRate > 1) {
			throw new IllegalArgumentException(
					"scalemart.chaos.failure-rate must be between 0 and 1, was " + failureRate);
		}
		this.instanceId = instanceId;
		this.latency = latency;
		this.failureRate = failureRate;
		this.problemWriter = problemWriter;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader(SERVED_BY, this.instanceId);
		if (!this.latency.isZero()) {
			try {
				Thread.sleep(this.latency);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		if (this.failureRate > 0 && ThreadLocalRandom.current().nextDouble() < this.failureRate) {
			this.problemWriter.write(response, Problems.of(INJECTED_FAILURE, "Failure injected by configuration."));
			return;
		}
		chain.doFilter(request, response);
	}

}
