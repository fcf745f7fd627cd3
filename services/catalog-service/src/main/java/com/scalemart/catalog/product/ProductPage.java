package com.scalemart.catalog.product;

import java.util.List;

/** One page of products and how many match in all. */
public record ProductPage(List<Product> items, int page, int size, long totalItems) {
}
