package com.scalemart.catalog.config;

import java.time.Duration;

import com.scalemart.platform.cache.Levels;
import com.scalemart.platform.cache.WritePolicy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code scalemart.catalog}.
 *
 * @param cache how products are cached
 * @param seed the seed command
 */
@ConfigurationProperties("scalemart.catalog")
public record CatalogProperties(@DefaultValue ProductCache cache, @DefaultValue Seed seed) {

	/**
	 * @param levels which levels serve reads: OFF, L1_ONLY, L2_ONLY or L1_AND_L2 (the
	 * cache lab compares them)
	 * @param l1MaximumSize products held in each instance's memory
	 * @param ttl how long a cached product lives, before jitter
	 * @param ttlJitter the fraction by which each entry's TTL varies, so that entries
	 * loaded together do not expire together
	 * @param negativeTtl how long the absence of a product is cached
	 * @param writePolicy how administrators' writes reach the database
	 * @param writeBehindFlushInterval how often deferred writes are flushed
	 * (write-behind)
	 */
	public record ProductCache(@DefaultValue("L1_AND_L2") Levels levels, @DefaultValue("10000") int l1MaximumSize,
			@DefaultValue("10m") Duration ttl, @DefaultValue("0.1") double ttlJitter,
			@DefaultValue("30s") Duration negativeTtl, @DefaultValue("CACHE_ASIDE") WritePolicy writePolicy,
			@DefaultValue("500ms") Duration writeBehindFlushInterval) {
	}

	/**
	 * @param products how many products to load; 0 loads none
	 * @param randomSeed the same seed gives the same catalog
	 * @param exit whether the service exits once the products are loaded
	 */
	public record Seed(@DefaultValue("0") int products, @DefaultValue("42") long randomSeed,
			@DefaultValue("false") boolean exit) {
	}

}
