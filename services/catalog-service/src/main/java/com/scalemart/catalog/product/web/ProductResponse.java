package com.scalemart.catalog.product.web;

import java.math.BigDecimal;
import java.time.Instant;

import com.scalemart.catalog.product.Product;

/** A product as clients see it. */
record ProductResponse(long id, String sku, String name, String description, long categoryId, BigDecimal price,
		String currency, long version, Instant updatedAt) {

	static ProductResponse of(Product product) {
		return new ProductResponse(product.id(), product.sku(), product.name(), product.description(),
				product.categoryId(), product.price(), product.currency(), product.version(), product.updatedAt());
	}

}
