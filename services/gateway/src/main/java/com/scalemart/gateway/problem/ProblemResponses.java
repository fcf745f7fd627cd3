package com.scalemart.gateway.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import com.scalemart.gateway.requestid.RequestIdWebFilter;
import com.scalemart.platform.web.ProblemType;
import com.scalemart.platform.web.Problems;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Writes problem details for the gateway's own answers, with the request's id, in the
 * same shape the services write theirs.
 */
@Component
public class ProblemResponses {

	private final JsonMapper jsonMapper;

	ProblemResponses(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	/** Answers the exchange with a problem of the type and detail given. */
	public Mono<Void> write(ServerWebExchange exchange, ProblemType type, String detail) {
		return write(exchange, Problems.of(type, detail));
	}

	/** Answers the exchange with the problem, unless an answer has begun already. */
	public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			return Mono.empty();
		}
		response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		byte[] body = this.jsonMapper.writeValueAsBytes(body(exchange, problem));
		return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
	}

	/** The problem as the JSON object sent to the client. */
	public Map<String, Object> body(ServerWebExchange exchange, ProblemDetail problem) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		if (problem.getDetail() != null) {
			body.put("detail", problem.getDetail());
		}
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		String requestId = exchange.getAttribute(RequestIdWebFilter.ATTRIBUTE);
		if (requestId != null) {
			body.put("requestId", requestId);
		}
		return body;
	}

}
