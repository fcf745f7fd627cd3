package com.scalemart.gateway.instance;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Adds this gateway's instance id in front of {@code X-Served-By}, so a response names
 * every hop that served it, outermost first: {@code gateway-2, catalog-1}. The id comes
 * from {@code SCALEMART_INSTANCE_ID}, which the launcher sets per instance.
 */
@Component
class ServedByWebFilter implements WebFilter, Ordered {

	static final String HEADER = "X-Served-By";

	private final String instanceId;

	ServedByWebFilter(@Value("${scalemart.instance-id:gateway:${server.port:0}}") String instanceId) {
		this.instanceId = instanceId;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		exchange.getResponse().beforeCommit(() -> {
			HttpHeaders headers = exchange.getResponse().getHeaders();
			List<String> downstream = headers.getValuesAsList(HEADER);
			headers.set(HEADER,
					downstream.isEmpty() ? this.instanceId : this.instanceId + ", " + String.join(", ", downstream));
			return Mono.empty();
		});
		return chain.filter(exchange);
	}

}
