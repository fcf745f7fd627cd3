package com.scalemart.catalog.product.web;

import java.util.List;

/**
 * Products for a list of ids, in the order asked for.
 *
 * @param missing the ids asked for that name no product
 */
record BatchResponse(List<ProductResponse> items, List<Long> missing) {
}
