package com.scalemart.catalog.product.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.scalemart.catalog.category.Category;
import com.scalemart.catalog.category.CategoryRepository;
import com.scalemart.catalog.product.CatalogProblems;
import com.scalemart.catalog.product.Product;
import com.scalemart.catalog.product.ProductCatalog;
import com.scalemart.catalog.product.ProductQuery;
import com.scalemart.platform.cache.CacheResult;
import com.scalemart.platform.web.ProblemException;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * {@code GET /api/products}: one product (with its ETag and the cache level that served
 * it in {@code X-Cache}), a page of a list, or a batch of ids.
 */
@RestController
@RequestMapping(path = "/api/products", produces = MediaType.APPLICATION_JSON_VALUE)
class ProductController {

	static final String CACHE_HEADER = "X-Cache";

	private final ProductCatalog catalog;

	private final CategoryRepository categories;

	ProductController(ProductCatalog catalog, CategoryRepository categories) {
		this.catalog = catalog;
		this.categories = categories;
	}

	@GetMapping("/{id}")
	@Nullable ResponseEntity<ProductResponse> get(@PathVariable @Positive long id, WebRequest request) {
		CacheResult<Product> result = this.catalog.find(id);
		Product product = result.value();
		if (product == null) {
			throw new ProblemException(CatalogProblems.PRODUCT_NOT_FOUND, "There is no product with this id.");
		}
		String etag = EntityTags.of(product);
		if (request.checkNotModified(etag)) {
			return null;
		}
		return ResponseEntity.ok()
			.eTag(etag)
			.header(CACHE_HEADER, result.servedBy().name())
			.body(ProductResponse.of(product));
	}

	@GetMapping
	ProductPageResponse list(@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size,
			@RequestParam(required = false) @Nullable String sort) {
		int pageNumber = ListParameters.page(page);
		int pageSize = ListParameters.size(size);
		ListParameters.requireShallow(pageNumber, pageSize);
		ProductQuery query = new ProductQuery(categoryId(category), ListParameters.words(q), ListParameters.sort(sort),
				pageNumber, pageSize);
		return ProductPageResponse.of(this.catalog.search(query));
	}

	@GetMapping("/batch")
	BatchResponse batch(@RequestParam(required = false) @Nullable String ids) {
		List<Long> wanted = ListParameters.ids(ids);
		Map<Long, CacheResult<Product>> found = this.catalog.findAll(wanted);
		List<ProductResponse> items = new ArrayList<>();
		List<Long> missing = new ArrayList<>();
		for (Long id : wanted) {
			CacheResult<Product> result = found.get(id);
			Product product = (result != null) ? result.value() : null;
			if (product != null) {
				items.add(ProductResponse.of(product));
			}
			else {
				missing.add(id);
			}
		}
		return new BatchResponse(items, missing);
	}

	private @Nullable Long categoryId(@Nullable String slug) {
		if (slug == null || slug.isBlank()) {
			return null;
		}
		return this.categories.findBySlug(slug.strip())
			.map(Category::id)
			.orElseThrow(() -> new ProblemException(CatalogProblems.UNKNOWN_CATEGORY,
					"There is no category '" + slug.strip() + "'."));
	}

}
