package com.scalemart.gateway.ping;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * {@code GET /api/ping}, answered by the gateway without calling any service: what a
 * request costs at the edge alone, for the load tests to compare against.
 */
@Configuration(proxyBeanMethods = false)
class PingRoutes {

	private static final Map<String, Boolean> PONG = Map.of("pong", true);

	@Bean
	RouterFunction<ServerResponse> pingRoute() {
		return RouterFunctions.route()
			.GET("/api/ping", (request) -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(PONG))
			.build();
	}

}
