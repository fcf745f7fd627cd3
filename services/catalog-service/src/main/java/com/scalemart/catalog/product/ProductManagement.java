package com.scalemart.catalog.product;

import java.time.Clock;

import com.scalemart.catalog.category.CategoryRepository;
import com.scalemart.catalog.config.CatalogProperties;
import com.scalemart.platform.cache.LayeredCache;
import com.scalemart.platform.cache.WritePolicy;
import com.scalemart.platform.web.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Creates, replaces and deletes products for administrators. Every change names the
 * version it was based on (the ETag the client read); a change based on an older version
 * is refused with 412, so two administrators never overwrite each other unknowingly.
 * <p>
 * How a change reaches the database depends on the product cache's write policy:
 * cache-aside writes the row and invalidates the cache on every instance; write-through
 * writes through the cache, which writes the row before it answers; write-behind
 * acknowledges once the cache holds the change and writes the row in a later batch.
 */
@Service
public class ProductManagement {

	private final ProductRepository products;

	private final CategoryRepository categories;

	private final LayeredCache<Long, Product> cache;

	private final WritePolicy writePolicy;

	private final Clock clock;

	ProductManagement(ProductRepository products, CategoryRepository categories,
			LayeredCache<Long, Product> productCache, CatalogProperties properties, Clock clock) {
		this.products = products;
		this.categories = categories;
		this.cache = productCache;
		this.writePolicy = properties.cache().writePolicy();
		this.clock = clock;
	}

	public Product create(ProductDraft draft) {
		requireCategory(draft.categoryId());
		try {
			Product created = this.products.insert(draft, this.clock.instant());
			// A lookup before the product existed may have cached its absence.
			this.cache.invalidate(created.id());
			return created;
		}
		catch (DuplicateKeyException ex) {
			throw new ProblemException(CatalogProblems.SKU_TAKEN, "Choose another SKU.");
		}
	}

	/**
	 * Replaces the product if it is still at {@code expectedVersion}.
	 * @param expectedVersion the version the client read; {@code null} matches any
	 */
	public Product replace(long id, @Nullable Long expectedVersion, ProductDraft draft) {
		requireCategory(draft.categoryId());
		Product current = current(id);
		requireVersion(current, expectedVersion);
		Product edited = current.edited(draft, this.clock.instant());
		try {
			if (this.writePolicy == WritePolicy.CACHE_ASIDE) {
				if (!this.products.update(edited)) {
					throw stale();
				}
				this.cache.invalidate(id);
			}
			else {
				this.cache.put(id, edited);
			}
		}
		catch (DuplicateKeyException ex) {
			throw new ProblemException(CatalogProblems.SKU_TAKEN, "Choose another SKU.");
		}
		return edited;
	}

	public void delete(long id, @Nullable Long expectedVersion) {
		Product current = current(id);
		requireVersion(current, expectedVersion);
		if (!this.products.delete(id, current.version())) {
			throw stale();
		}
		this.cache.invalidate(id);
	}

	private Product current(long id) {
		Product current = this.cache.get(id, (key) -> this.products.findById(key).orElse(null)).value();
		if (current == null) {
			throw new ProblemException(CatalogProblems.PRODUCT_NOT_FOUND, "There is no product with this id.");
		}
		return current;
	}

	private static void requireVersion(Product current, @Nullable Long expectedVersion) {
		if (expectedVersion != null && expectedVersion != current.version()) {
			throw stale();
		}
	}

	private void requireCategory(long categoryId) {
		if (!this.categories.exists(categoryId)) {
			throw new ProblemException(CatalogProblems.UNKNOWN_CATEGORY, "There is no category " + categoryId + ".");
		}
	}

	static ProblemException stale() {
		return new ProblemException(CatalogProblems.STALE_VERSION, "Read the product again and reapply your change.");
	}

}
