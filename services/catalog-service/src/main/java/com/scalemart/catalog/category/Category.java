package com.scalemart.catalog.category;

import org.jspecify.annotations.Nullable;

/**
 * A node of the category tree.
 *
 * @param slug the stable name used in URLs ({@code ?category=laptops})
 * @param parentId {@code null} for a top-level category
 */
public record Category(long id, String slug, String name, @Nullable Long parentId) {
}
