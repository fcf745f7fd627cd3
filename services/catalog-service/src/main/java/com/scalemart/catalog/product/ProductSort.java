package com.scalemart.catalog.product;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The orders a product list can be sorted in, as {@code field[,asc|desc]}. Every order
 * ends on the id, so pages never overlap or skip rows that compare equal.
 */
public record ProductSort(String column, boolean descending) {

	private static final Map<String, String> COLUMNS = Map.of("id", "id", "name", "name", "price", "price", "createdAt",
			"created_at");

	public static final ProductSort DEFAULT = new ProductSort("id", false);

	/**
	 * @return empty when the field or direction is unknown
	 */
	public static Optional<ProductSort> parse(String value) {
		String[] parts = value.split(",", -1);
		if (parts.length > 2 || !COLUMNS.containsKey(parts[0])) {
			return Optional.empty();
		}
		if (parts.length == 1) {
			return Optional.of(new ProductSort(COLUMNS.get(parts[0]), false));
		}
		return switch (parts[1].toLowerCase(Locale.ROOT)) {
			case "asc" -> Optional.of(new ProductSort(COLUMNS.get(parts[0]), false));
			case "desc" -> Optional.of(new ProductSort(COLUMNS.get(parts[0]), true));
			default -> Optional.empty();
		};
	}

	public static String allowedFields() {
		return "id, name, price, createdAt (optionally ,asc or ,desc)";
	}

	/** SQL for ORDER BY; only ever built from the fixed column names above. */
	String orderBy() {
		String direction = this.descending ? " DESC" : " ASC";
		return ("id".equals(this.column)) ? "id" + direction : this.column + direction + ", id" + direction;
	}

}
