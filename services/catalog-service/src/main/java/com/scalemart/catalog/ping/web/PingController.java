package com.scalemart.catalog.ping.web;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/ping}: does nothing but answer, through the same filters as every other
 * endpoint. Benchmarks compare the cached product read with it, so the cost of the cache
 * is measured apart from the cost of HTTP, JSON and security.
 */
@RestController
class PingController {

	private static final Map<String, Boolean> PONG = Map.of("pong", true);

	@GetMapping(path = "/api/ping", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Boolean> ping() {
		return PONG;
	}

}
