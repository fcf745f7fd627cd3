package com.scalemart.catalog.product.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.scalemart.catalog.product.ProductSort;
import com.scalemart.platform.web.ProblemException;
import com.scalemart.platform.web.ProblemType;
import org.jspecify.annotations.Nullable;

/** Checks the parameters of product lists and batches before any query runs. */
final class ListParameters {

	static final int DEFAULT_PAGE_SIZE = 20;

	static final int MAX_PAGE_SIZE = 100;

	/**
	 * Offsets beyond this scan too many rows; deeper browsing should narrow the query.
	 */
	static final int MAX_OFFSET = 10_000;

	static final int MAX_BATCH = 100;

	static final int MAX_QUERY_LENGTH = 100;

	private ListParameters() {
	}

	static int page(@Nullable Integer page) {
		int value = (page != null) ? page : 0;
		if (value < 0) {
			throw invalid("page must be 0 or more.");
		}
		return value;
	}

	static int size(@Nullable Integer size) {
		int value = (size != null) ? size : DEFAULT_PAGE_SIZE;
		if (value < 1 || value > MAX_PAGE_SIZE) {
			throw invalid("size must be between 1 and " + MAX_PAGE_SIZE + ".");
		}
		return value;
	}

	static void requireShallow(int page, int size) {
		if ((long) page * size > MAX_OFFSET) {
			throw invalid("page × size may be at most " + MAX_OFFSET + "; narrow the search instead.");
		}
	}

	static ProductSort sort(@Nullable String sort) {
		if (sort == null || sort.isBlank()) {
			return ProductSort.DEFAULT;
		}
		return ProductSort.parse(sort.strip())
			.orElseThrow(() -> invalid("sort must be one of " + ProductSort.allowedFields() + "."));
	}

	static @Nullable String words(@Nullable String q) {
		if (q == null || q.isBlank()) {
			return null;
		}
		if (q.length() > MAX_QUERY_LENGTH) {
			throw invalid("q may be at most " + MAX_QUERY_LENGTH + " characters.");
		}
		return q.strip();
	}

	/** "3,1,3,2" becomes [3, 1, 2]: positive ids, each once, in the order given. */
	static List<Long> ids(@Nullable String ids) {
		if (ids == null || ids.isBlank()) {
			throw invalid("ids must list product ids, separated by commas.");
		}
		String[] parts = ids.split(",", -1);
		if (parts.length > MAX_BATCH) {
			throw invalid("ids may list at most " + MAX_BATCH + " products.");
		}
		Set<Long> parsed = new LinkedHashSet<>();
		for (String part : parts) {
			try {
				long id = Long.parseLong(part.strip());
				if (id < 1) {
					throw invalid("ids must be positive numbers.");
				}
				parsed.add(id);
			}
			catch (NumberFormatException ex) {
				throw invalid("ids must be numbers separated by commas.");
			}
		}
		return List.copyOf(parsed);
	}

	private static ProblemException invalid(String detail) {
		return new ProblemException(ProblemType.INVALID_PARAMETER, detail);
	}

}
