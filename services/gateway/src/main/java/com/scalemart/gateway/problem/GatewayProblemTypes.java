package com.scalemart.gateway.problem;

import com.scalemart.platform.web.ProblemType;

import org.springframework.http.HttpStatus;

/**
 * Problem types only a gateway answers with; the platform's shared ones cover the rest.
 */
public final class GatewayProblemTypes {

	public static final ProblemType GATEWAY_TIMEOUT = new ProblemType("gateway-timeout", HttpStatus.GATEWAY_TIMEOUT,
			"The service did not answer in time");

	private GatewayProblemTypes() {
	}

}
