package com.scalemart.platform.cache;

/**
 * A value for the tests, stored as JSON.
 */
record Product(long id, String name, long priceCents) {

	static Product of(long id, String name) {
		return new Product(id, name, 100 * id);
	}

}
