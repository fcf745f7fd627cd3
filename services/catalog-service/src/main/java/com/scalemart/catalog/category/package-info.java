/**
 * The category tree, small enough to hold in memory.
 */
@NullMarked
package com.scalemart.catalog.category;

import org.jspecify.annotations.NullMarked;
