package com.scalemart.catalog.product;

import com.scalemart.platform.web.ProblemType;

import org.springframework.http.HttpStatus;

/** The catalog's own problem types, beside the platform's. */
public final class CatalogProblems {

	public static final ProblemType PRODUCT_NOT_FOUND = new ProblemType("product-not-found", HttpStatus.NOT_FOUND,
			"No such product");

	public static final ProblemType SKU_TAKEN = new ProblemType("sku-already-exists", HttpStatus.CONFLICT,
			"Another product has this SKU");

	public static final ProblemType UNKNOWN_CATEGORY = new ProblemType("unknown-category", HttpStatus.BAD_REQUEST,
			"No such category");

	public static final ProblemType STALE_VERSION = new ProblemType("stale-version", HttpStatus.PRECONDITION_FAILED,
			"The product changed since you read it");

	public static final ProblemType VERSION_REQUIRED = new ProblemType("version-required",
			HttpStatus.PRECONDITION_REQUIRED, "Send If-Match with the ETag you read");

	private CatalogProblems() {
	}

}
