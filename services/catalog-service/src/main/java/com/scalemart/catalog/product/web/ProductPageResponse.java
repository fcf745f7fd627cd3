package com.scalemart.catalog.product.web;

import java.util.List;

import com.scalemart.catalog.product.ProductPage;

/** A page of products. */
record ProductPageResponse(List<ProductResponse> items, int page, int size, long totalItems, int totalPages) {

	static ProductPageResponse of(ProductPage page) {
		int totalPages = (int) ((page.totalItems() + page.size() - 1) / page.size());
		return new ProductPageResponse(page.items().stream().map(ProductResponse::of).toList(), page.page(),
				page.size(), page.totalItems(), totalPages);
	}

}
