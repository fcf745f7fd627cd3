/**
 * Deterministic seed data: realistic categories, names and prices, loaded in batches.
 */
@NullMarked
package com.scalemart.catalog.seed;

import org.jspecify.annotations.NullMarked;
