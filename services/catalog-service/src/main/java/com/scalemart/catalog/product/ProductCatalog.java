package com.scalemart.catalog.product;

import java.util.Collection;
import java.util.Map;

import com.scalemart.platform.cache.CacheResult;
import com.scalemart.platform.cache.LayeredCache;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads products: single products and batches through the multi-level cache (L1 Caffeine,
 * L2 Redis, L3 MariaDB), lists straight from the database, whose indexes serve them. What
 * reaches the database is a read-only transaction: with a replica configured
 * ({@code scalemart.data.replica.url}) it reads the replica while that is close enough. A
 * cache hit opens none, so it borrows no connection.
 */
@Service
public class ProductCatalog {

	private final LayeredCache<Long, Product> cache;

	private final ProductRepository products;

	ProductCatalog(LayeredCache<Long, Product> productCache, ProductRepository products) {
		this.cache = productCache;
		this.products = products;
	}

	/**
	 * The product, or a result whose value is {@code null}; says which level served it.
	 */
	public CacheResult<Product> find(long id) {
		return this.cache.get(id, (key) -> this.products.findById(key).orElse(null));
	}

	/** Every id at once: cached ones from the cache, all the others in one query. */
	public Map<Long, CacheResult<Product>> findAll(Collection<Long> ids) {
		return this.cache.getAll(ids, this.products::findAllById);
	}

	@Transactional(readOnly = true)
	public ProductPage search(ProductQuery query) {
		return new ProductPage(this.products.search(query), query.page(), query.size(), this.products.count(query));
	}

}
