package com.scalemart.catalog.product;

import org.jspecify.annotations.Nullable;

/**
 * A page of a product list.
 *
 * @param categoryId only products of this category, or all
 * @param words words that must all appear in the name or description, or none
 */
public record ProductQuery(@Nullable Long categoryId, @Nullable String words, ProductSort sort, int page, int size) {

	public long offset() {
		return (long) this.page * this.size;
	}

}
