package com.scalemart.catalog.product.web;

import com.scalemart.catalog.product.CatalogProblems;
import com.scalemart.catalog.product.Product;
import com.scalemart.platform.web.ProblemException;
import org.jspecify.annotations.Nullable;

/**
 * A product's ETag is its version, as a strong tag: {@code "7"}. Writes must send it back
 * in {@code If-Match}; without one they are refused (428), since a write that names no
 * version cannot be checked for lost updates.
 */
final class EntityTags {

	private EntityTags() {
	}

	static String of(Product product) {
		return "\"" + product.version() + "\"";
	}

	/**
	 * @return the version the client read, or {@code null} for {@code *} (any version)
	 * @throws ProblemException 428 without the header, 412 for a tag that cannot match
	 */
	static @Nullable Long expectedVersion(@Nullable String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new ProblemException(CatalogProblems.VERSION_REQUIRED,
					"Send If-Match with the ETag of the product you read.");
		}
		String tag = ifMatch.strip();
		if ("*".equals(tag)) {
			return null;
		}
		// Weak tags never match If-Match (RFC 9110, strong comparison).
		if (tag.length() < 3 || tag.charAt(0) != '"' || tag.charAt(tag.length() - 1) != '"') {
			throw staleTag();
		}
		try {
			return Long.parseLong(tag.substring(1, tag.length() - 1));
		}
		catch (NumberFormatException ex) {
			throw staleTag();
		}
	}

	private static ProblemException staleTag() {
		return new ProblemException(CatalogProblems.STALE_VERSION, "If-Match names no current version of the product.");
	}

}
