/**
 * HTTP API of products: /api/products, with ETags and the X-Cache header.
 */
@NullMarked
package com.scalemart.catalog.product.web;

import org.jspecify.annotations.NullMarked;
