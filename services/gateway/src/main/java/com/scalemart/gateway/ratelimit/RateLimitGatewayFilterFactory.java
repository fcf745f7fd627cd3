package com.scalemart.gateway.ratelimit;

import java.time.Duration;

import com.scalemart.gateway.network.ClientAddresses;
import com.scalemart.gateway.problem.ProblemResponses;
import com.scalemart.platform.web.ProblemType;
import com.scalemart.platform.web.Problems;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;

/**
 * The {@code RateLimit} route filter: a token bucket per route and per caller, the user
 * ({@code sub}) when a valid token came with the request, else the client's address. Past
 * the limit the answer is 429, a problem detail and {@code Retry-After}. Spring Cloud
 * Gateway's {@code RequestRateLimiter} answers 429 without a body or {@code Retry-After}
 * and keeps its keys outside any prefix, hence this one.
 *
 * <pre class="code">
 * filters:
 *   - name: RateLimit
 *     args: { replenish-rate: 10, replenish-period: 1m, burst-capacity: 10 }
 * </pre>
 */
class RateLimitGatewayFilterFactory extends AbstractGatewayFilterFactory<RateLimitGatewayFilterFactory.Config> {

	static final String DECISIONS_METRIC = "scalemart.gateway.rate.limiter.decisions";

	private final RedisTokenBucket buckets;

	private final ClientAddresses clientAddresses;

	private final ProblemResponses problems;

	private final MeterRegistry meterRegistry;

	RateLimitGatewayFilterFactory(RedisTokenBucket buckets, ClientAddresses clientAddresses, ProblemResponses problems,
			MeterRegistry meterRegistry) {
		super(Config.class);
		this.buckets = buckets;
		this.clientAddresses = clientAddresses;
		this.problems = problems;
		this.meterRegistry = meterRegistry;
	}

	@Override
	public GatewayFilter apply(Config config) {
		Limit limit = new Limit(config.getReplenishRate(), config.getReplenishPeriod(), config.getBurstCapacity());
		return (exchange, chain) -> {
			String routeId = routeId(exchange);
			return callerKey(exchange).flatMap((key) -> this.buckets.take(routeId, key, limit)).flatMap((decision) -> {
				this.meterRegistry.counter(DECISIONS_METRIC, "route", routeId, "outcome", decision.outcome().tag())
					.increment();
				return decision.allowed() ? chain.filter(exchange) : tooManyRequests(exchange, decision);
			});
		};
	}

	private Mono<String> callerKey(ServerWebExchange exchange) {
		return exchange.getPrincipal()
			.filter(JwtAuthenticationToken.class::isInstance)
			.map((principal) -> "user:" + principal.getName())
			.switchIfEmpty(Mono.fromSupplier(() -> "ip:" + this.clientAddresses.resolve(exchange.getRequest())));
	}

	private Mono<Void> tooManyRequests(ServerWebExchange exchange, Decision decision) {
		long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
		exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		ProblemDetail problem = Problems.of(ProblemType.RATE_LIMITED,
				"Too many requests; try again in " + seconds + " s.");
		return this.problems.write(exchange, problem);
	}

	private static String routeId(ServerWebExchange exchange) {
		Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
		return (route != null) ? route.getId() : "none";
	}

	/** The limit of one route, bound from the route's filter arguments. */
	public static class Config {

		private int replenishRate = 50;

		private Duration replenishPeriod = Duration.ofSeconds(1);

		private int burstCapacity = 100;

		public int getReplenishRate() {
			return this.replenishRate;
		}

		public void setReplenishRate(int replenishRate) {
			this.replenishRate = replenishRate;
		}

		public Duration getReplenishPeriod() {
			return this.replenishPeriod;
		}

		public void setReplenishPeriod(Duration replenishPeriod) {
			this.replenishPeriod = replenishPeriod;
		}

		public int getBurstCapacity() {
			return this.burstCapacity;
		}

		public void setBurstCapacity(int burstCapacity) {
			this.burstCapacity = burstCapacity;
		}

	}

}
