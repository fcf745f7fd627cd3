package com.scalemart.gateway.network;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Sets {@code X-Forwarded-For}, {@code -Proto} and {@code -Host} on every request sent to
 * a service, so that the service sees the real client (its login throttle counts by it).
 * What a trusted proxy in front of us wrote is kept and our peer appended; what anyone
 * else sent is replaced. Spring Cloud Gateway's own filter passes the headers of an
 * untrusted peer through unchanged, which would let a client name any address: it stays
 * off (no {@code spring.cloud.gateway.server.webflux.trusted-proxies}).
 */
@Component
class ForwardedHeadersFilter implements HttpHeadersFilter, Ordered {

	static final String FORWARDED_PROTO = "X-Forwarded-Proto";

	static final String FORWARDED_HOST = "X-Forwarded-Host";

	private final ClientAddresses clientAddresses;

	ForwardedHeadersFilter(ClientAddresses clientAddresses) {
		this.clientAddresses = clientAddresses;
	}

	@Override
	public int getOrder() {
		return 0;
	}

	@Override
	public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
		ServerHttpRequest request = exchange.getRequest();
		String peer = ClientAddresses.peer(request);
		boolean fromTrustedProxy = this.clientAddresses.isTrusted(peer);
		HttpHeaders updated = new HttpHeaders();
		for (Map.Entry<String, List<String>> header : input.headerSet()) {
			updated.addAll(header.getKey(), header.getValue());
		}
		// RFC 7239's header is not read by the services; nobody may smuggle one through.
		updated.remove("Forwarded");
		String forwardedFor = input.getFirst(ClientAddresses.FORWARDED_FOR);
		updated.set(ClientAddresses.FORWARDED_FOR, (fromTrustedProxy && forwardedFor != null && !forwardedFor.isBlank())
				? forwardedFor + ", " + peer : peer);
		URI uri = request.getURI();
		keepOrSet(updated, input, FORWARDED_PROTO, uri.getScheme(), fromTrustedProxy);
		String host = request.getHeaders().getFirst(HttpHeaders.HOST);
		keepOrSet(updated, input, FORWARDED_HOST, (host != null) ? host : uri.getAuthority(), fromTrustedProxy);
		return updated;
	}

	private static void keepOrSet(HttpHeaders updated, HttpHeaders input, String name, String ours,
			boolean fromTrustedProxy) {
		String theirs = input.getFirst(name);
		if (fromTrustedProxy && theirs != null && !theirs.isBlank()) {
			updated.set(name, theirs);
		}
		else {
			updated.set(name, ours);
		}
	}

}
