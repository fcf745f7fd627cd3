package com.scalemart.catalog.category.web;

import java.util.List;

import com.scalemart.catalog.category.Category;
import com.scalemart.catalog.category.CategoryRepository;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/categories}: the whole tree, flat, parents before children. */
@RestController
class CategoryController {

	private final CategoryRepository categories;

	CategoryController(CategoryRepository categories) {
		this.categories = categories;
	}

	@GetMapping(path = "/api/categories", produces = MediaType.APPLICATION_JSON_VALUE)
	List<Category> all() {
		return this.categories.findAll();
	}

}
