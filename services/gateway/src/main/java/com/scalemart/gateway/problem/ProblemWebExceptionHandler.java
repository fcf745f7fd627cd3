package com.scalemart.gateway.problem;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import com.scalemart.platform.web.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

/**
 * The last word on every error that escapes a route or a filter: a problem detail with a
 * stable type, never a whitelabel page or a stack trace. It runs before Boot's default
 * handler.
 */
@Component
@Order(-2)
class ProblemWebExceptionHandler implements WebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemWebExceptionHandler.class);

	private final ProblemResponses problems;

	ProblemWebExceptionHandler(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(ex);
		}
		exchange.getResponse().getHeaders().clear();
		if (ex instanceof ResponseStatusException statusException) {
			return forStatus(exchange, statusException.getStatusCode());
		}
		if (ex instanceof ConnectException) {
			return this.problems.write(exchange, ProblemType.SERVICE_UNAVAILABLE,
					"The service cannot be reached; try again shortly.");
		}
		if (ex instanceof TimeoutException) {
			return this.problems.write(exchange, GatewayProblemTypes.GATEWAY_TIMEOUT,
					"The service did not answer in time.");
		}
		log.error("Unexpected error answered with 500", ex);
		return this.problems.write(exchange, ProblemType.INTERNAL_ERROR, "The error was logged.");
	}

	private Mono<Void> forStatus(ServerWebExchange exchange, HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		if (known == null) {
			known = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		return switch (known) {
			case NOT_FOUND -> this.problems.write(exchange, ProblemType.NOT_FOUND, "Nothing is served at this path.");
			case METHOD_NOT_ALLOWED ->
				this.problems.write(exchange, ProblemType.METHOD_NOT_ALLOWED, "This method is not allowed here.");
			case CONTENT_TOO_LARGE ->
				this.problems.write(exchange, ProblemType.PAYLOAD_TOO_LARGE, "The request is too large.");
			case SERVICE_UNAVAILABLE -> this.problems.write(exchange, ProblemType.SERVICE_UNAVAILABLE,
					"No instance of the service can answer right now; try again shortly.");
			case GATEWAY_TIMEOUT -> this.problems.write(exchange, GatewayProblemTypes.GATEWAY_TIMEOUT,
					"The service did not answer in time.");
			case UNAUTHORIZED -> this.problems.write(exchange, ProblemType.AUTHENTICATION_REQUIRED,
					"Send an access token: Authorization: Bearer <token>.");
			case FORBIDDEN -> this.problems.write(exchange, ProblemType.FORBIDDEN, "You may not do this.");
			default -> known.is4xxClientError()
					? this.problems.write(exchange,
							new ProblemType(ProblemType.MALFORMED_REQUEST.slug(), known,
									ProblemType.MALFORMED_REQUEST.title()),
							"The request could not be handled.")
					: this.problems.write(exchange, ProblemType.INTERNAL_ERROR, "The error was logged.");
		};
	}

}
