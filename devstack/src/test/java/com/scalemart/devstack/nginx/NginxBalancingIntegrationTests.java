package com.scalemart.devstack.nginx;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.scalemart.devstack.config.HostPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A real nginx, rendered from the project's template, in front of tiny HTTP servers that
 * answer with their id.
 */
class NginxBalancingIntegrationTests {

	private static final int CLIENTS = 8;

	@TempDir
	Path prefix;

	@Test
	void weightsThreeTwoOneGiveSharesWithinFivePercentOverSixThousandRequests() throws Exception {
		List<TinyUpstream> upstreams = upstreams(3);
		try (Nginx nginx = Nginxes.start(Nginxes.config(upstreams, Balancing.parse("weighted:3,2,1"), this.prefix))) {
			Map<String, Long> served = load(nginx, 6_000, (done) -> {
			});
			assertThat(served.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(6_000);
			assertThat(served.get("gw-1") / 6_000.0).isCloseTo(3 / 6.0, within(0.05));
			assertThat(served.get("gw-2") / 6_000.0).isCloseTo(2 / 6.0, within(0.05));
			assertThat(served.get("gw-3") / 6_000.0).isCloseTo(1 / 6.0, within(0.05));
		}
		finally {
			upstreams.forEach(TinyUpstream::close);
		}
	}

	@Test
	void stoppingOneUpstreamUnderAGetLoadLosesNoRequest() throws Exception {
		List<TinyUpstream> upstreams = upstreams(3);
		try (Nginx nginx = Nginxes.start(Nginxes.config(upstreams, Balancing.parse("round_robin"), this.prefix))) {
			AtomicInteger stoppedAfter = new AtomicInteger(-1);
			Map<String, Long> served = load(nginx, 6_000, (done) -> {
				if (done == 1_000) {
					upstreams.get(1).close();
					stoppedAfter.set(upstreams.get(1).gets());
				}
			});
			// every request answered 200 (load() counts only those), by the two left at
			// the end
			assertThat(served.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(6_000);
			assertThat(upstreams.get(1).gets()).isEqualTo(stoppedAfter.get());
			assertThat(upstreams.get(0).gets() + upstreams.get(2).gets()).isGreaterThan(4_000);
		}
		finally {
			upstreams.forEach(TinyUpstream::close);
		}
	}

	@Test
	void aGetThatFailsOnOneUpstreamIsAnsweredByTheNext() throws Exception {
		try (ClosingUpstream closing = ClosingUpstream.start();
				TinyUpstream healthy = TinyUpstream.start("gw-2");
				Nginx nginx = Nginxes.start(failingFirst(closing, healthy))) {
			HttpResponse<String> response = Nginxes.send(Nginxes.client(), nginx, "GET");
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).isEqualTo("gw-2");
			assertThat(closing.requests()).isEqualTo(1);
			assertThat(response.headers().firstValue("X-Upstream"))
				.hasValue(closing.address() + ", " + healthy.address());
		}
	}

	@Test
	void aPostThatReachedAnUpstreamIsNeverSentToAnother() throws Exception {
		try (ClosingUpstream closing = ClosingUpstream.start();
				TinyUpstream healthy = TinyUpstream.start("gw-2");
				Nginx nginx = Nginxes.start(failingFirst(closing, healthy))) {
			HttpResponse<String> response = Nginxes.send(Nginxes.client(), nginx, "POST");
			assertThat(response.statusCode()).isEqualTo(502);
			assertThat(closing.requests()).isEqualTo(1);
			assertThat(healthy.posts()).isZero();
		}
	}

	/**
	 * Smooth weighted round robin sends the first request to the heaviest server: the one
	 * that drops it.
	 */
	private NginxConfig failingFirst(ClosingUpstream closing, TinyUpstream healthy) {
		return NginxConfig.of(new HostPort("127.0.0.1", Nginxes.freePort()),
				List.of(closing.address(), healthy.address()), Balancing.parse("weighted:100,1"), this.prefix);
	}

	private static List<TinyUpstream> upstreams(int count) throws Exception {
		List<TinyUpstream> upstreams = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			upstreams.add(TinyUpstream.start("gw-" + i));
		}
		return upstreams;
	}

	/**
	 * Sends GETs from {@link #CLIENTS} clients at once.
	 * @param onProgress called with the number of requests answered so far, once per
	 * request, by one thread at a time
	 * @return the 200 answers per upstream id
	 */
	private static Map<String, Long> load(Nginx nginx, int requests, java.util.function.IntConsumer onProgress)
			throws Exception {
		HttpClient client = Nginxes.client();
		AtomicInteger next = new AtomicInteger();
		Map<String, Long> served = new ConcurrentHashMap<>();
		List<Integer> failures = new ArrayList<>();
		Object lock = new Object();
		try (ExecutorService pool = Executors.newFixedThreadPool(CLIENTS)) {
			List<Future<?>> clients = new ArrayList<>();
			for (int c = 0; c < CLIENTS; c++) {
				clients.add(pool.submit(() -> {
					while (next.getAndIncrement() < requests) {
						HttpResponse<String> response = Nginxes.send(client, nginx, "GET");
						synchronized (lock) {
							if (response.statusCode() == 200) {
								served.merge(response.body(), 1L, Long::sum);
							}
							else {
								failures.add(response.statusCode());
							}
							onProgress.accept(served.values().stream().mapToInt(Long::intValue).sum());
						}
					}
					return null;
				}));
			}
			for (Future<?> future : clients) {
				future.get();
			}
		}
		assertThat(failures).as("status of failed requests").isEmpty();
		return served.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Long::sum, java.util.TreeMap::new));
	}

}
