package com.scalemart.catalog.product;

import java.math.BigDecimal;

/** What an administrator sends to create or replace a product. */
public record ProductDraft(String sku, String name, String description, long categoryId, BigDecimal price,
		String currency) {
}
