package com.scalemart.gateway.requestid;

import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Gives every request an id at the edge: the caller's {@code X-Request-Id} when it is
 * well formed (the rule of the services' own filter, so they keep it), else a new one.
 * The id is sent on to the service and back to the client, and problem details carry it.
 */
@Component
public class RequestIdWebFilter implements WebFilter, Ordered {

	public static final String HEADER = "X-Request-Id";

	/** The exchange attribute that holds the id. */
	public static final String ATTRIBUTE = RequestIdWebFilter.class.getName() + ".id";

	// Anything else could forge log lines or carry a payload into the logs.
	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	@Override
	public int getOrder() {
		// first of all: errors of every later filter carry the id
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String requestId = wellFormedOrNew(exchange.getRequest().getHeaders().getFirst(HEADER));
		ServerWebExchange withId = exchange.mutate()
			.request((request) -> request.headers((headers) -> headers.set(HEADER, requestId)))
			.build();
		withId.getAttributes().put(ATTRIBUTE, requestId);
		// set just before the response is sent, so the service's copy of the header
		// never doubles it
		withId.getResponse().beforeCommit(() -> {
			withId.getResponse().getHeaders().set(HEADER, requestId);
			return Mono.empty();
		});
		return chain.filter(withId);
	}

	static String wellFormedOrNew(@Nullable String candidate) {
		if (candidate != null && WELL_FORMED.matcher(candidate).matches()) {
			return candidate;
		}
		return UUID.randomUUID().toString();
	}

}
