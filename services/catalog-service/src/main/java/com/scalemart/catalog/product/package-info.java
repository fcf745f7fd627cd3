/**
 * Products: reads through the multi-level cache, writes with optimistic locking.
 */
@NullMarked
package com.scalemart.catalog.product;

import org.jspecify.annotations.NullMarked;
