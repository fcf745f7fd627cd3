package com.scalemart.catalog.product;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A product as sold: what the catalog caches and serves.
 *
 * @param price in {@code currency}, two decimals
 * @param version incremented by every write; the ETag of the product
 */
public record Product(long id, String sku, String name, String description, long categoryId, BigDecimal price,
		String currency, long version, Instant createdAt, Instant updatedAt) {

	/** The same product after an edit, one version later. */
	Product edited(ProductDraft draft, Instant now) {
		return new Product(this.id, draft.sku(), draft.name(), draft.description(), draft.categoryId(), draft.price(),
				draft.currency(), this.version + 1, this.createdAt, now);
	}

}
