/**
 * HTTP API of categories: /api/categories.
 */
@NullMarked
package com.scalemart.catalog.category.web;

import org.jspecify.annotations.NullMarked;
