package com.scalemart.catalog.product;

import java.util.Map;

import com.scalemart.platform.cache.CacheWriter;

import org.springframework.stereotype.Component;

/**
 * Writes products for the cache when it owns the write: synchronously and conditionally
 * for write-through (a lost race is a 412, as with cache-aside), in batches that only
 * ever move a row forward for write-behind (a late or repeated flush cannot undo a newer
 * write).
 */
@Component
public class ProductWriter implements CacheWriter<Long, Product> {

	private final ProductRepository products;

	ProductWriter(ProductRepository products) {
		this.products = products;
	}

	@Override
	public void write(Long id, Product product) {
		if (!this.products.update(product)) {
			throw ProductManagement.stale();
		}
	}

	@Override
	public void writeAll(Map<Long, Product> products) {
		this.products.updateAll(products.values());
	}

}
