package com.scalemart.loadtest.bench;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PrometheusTextTests {

	static final String SCRAPE = """
			# HELP scalemart_cache_hits_total
			# TYPE scalemart_cache_hits_total counter
			scalemart_cache_hits_total{application="catalog-service",cache="products",level="l1"} 7400.0
			scalemart_cache_hits_total{application="catalog-service",cache="products",level="l2"} 1600.0
			scalemart_cache_misses_total{application="catalog-service",cache="products",level="l1"} 2600.0
			scalemart_cache_misses_total{application="catalog-service",cache="products",level="l2"} 1000.0
			scalemart_cache_hits_total{application="catalog-service",cache="categories",level="l1"} 5.0
			jvm_memory_used_bytes{application="catalog-service",area="heap",id="Eden Space"} 2.9301344E7
			jvm_memory_used_bytes{application="catalog-service",area="heap",id="Tenured Gen"} 4.0E7
			jvm_memory_used_bytes{application="catalog-service",area="nonheap",id="Metaspace"} 8.0E7
			process_uptime_seconds 12.5
			weird_label{path="/a,b",quote="say \\"hi\\""} 3
			http_server_requests_seconds_bucket{le="+Inf"} +Inf
			this is not a sample
			""";

	@Test
	void sumsTheSamplesWithTheGivenLabels() {
		PrometheusText scrape = PrometheusText.parse(SCRAPE);
		assertThat(scrape.sum("scalemart_cache_hits_total", Map.of("cache", "products", "level", "l1")))
			.isEqualTo(7400.0);
		assertThat(scrape.sum("scalemart_cache_hits_total", Map.of("cache", "products"))).isEqualTo(9000.0);
		assertThat(scrape.sum("jvm_memory_used_bytes", Map.of("area", "heap"))).isEqualTo(6.9301344E7);
	}

	@Test
	void readsSamplesWithoutLabelsAndEscapedLabelValues() {
		PrometheusText scrape = PrometheusText.parse(SCRAPE);
		assertThat(scrape.sum("process_uptime_seconds", Map.of())).isEqualTo(12.5);
		assertThat(scrape.sum("weird_label", Map.of("path", "/a,b", "quote", "say \"hi\""))).isEqualTo(3);
		assertThat(scrape.sum("http_server_requests_seconds_bucket", Map.of())).isInfinite();
	}

	@Test
	void anAbsentMetricSumsToZeroAndCommentsAreSkipped() {
		PrometheusText scrape = PrometheusText.parse(SCRAPE);
		assertThat(scrape.sum("scalemart_cache_evictions_total", Map.of())).isZero();
		assertThat(scrape.samples()).noneMatch((sample) -> sample.name().startsWith("#"))
			.noneMatch((sample) -> sample.name().equals("this"));
	}

	@Test
	void cacheCountersGiveTheHitRatioOfARun() {
		CacheCounters before = new CacheCounters(400, 600, 100, 500);
		CacheCounters after = CacheCounters.from(PrometheusText.parse(SCRAPE));
		CacheCounters run = after.minus(before);
		assertThat(run).isEqualTo(new CacheCounters(7000, 2000, 1500, 500));
		assertThat(run.gets()).isEqualTo(9000);
		assertThat(run.hitRatio()).hasValue((7000 + 1500) / 9000.0);
		assertThat(run.l1HitRatio()).hasValue(7000 / 9000.0);
	}

	@Test
	void withoutL1TheGetsAreL2sReads() {
		CacheCounters l2Only = new CacheCounters(0, 0, 300, 100);
		assertThat(l2Only.gets()).isEqualTo(400);
		assertThat(l2Only.hitRatio()).hasValue(0.75);
	}

	@Test
	void withTheCacheOffThereIsNoHitRatio() {
		assertThat(new CacheCounters(0, 0, 0, 0).hitRatio()).isEmpty();
	}

}
