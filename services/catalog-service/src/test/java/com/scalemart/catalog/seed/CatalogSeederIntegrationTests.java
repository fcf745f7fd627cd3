package com.scalemart.catalog.seed;

import com.scalemart.catalog.CatalogIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@CatalogIntegrationTest
class CatalogSeederIntegrationTests {

	@Autowired
	CatalogSeeder seeder;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSameSeedGivesTheSameCatalogAndASecondRunAddsNothing() {
		assertThat(this.seeder.seed(1_500, 7)).isEqualTo(1_500);
		String first = checksum();
		assertThat(this.seeder.seed(1_500, 7)).isEqualTo(1_500);
		assertThat(checksum()).isEqualTo(first);

		this.jdbc.sql("DELETE FROM products").update();
		this.seeder.seed(1_500, 7);
		assertThat(checksum()).isEqualTo(first);

		this.jdbc.sql("DELETE FROM products").update();
		this.seeder.seed(1_500, 8);
		assertThat(checksum()).isNotEqualTo(first);
	}

	@Test
	void productsAreSpreadOverEveryLeafCategoryWithPlausiblePrices() {
		this.seeder.seed(1_500, 7);
		long leaves = this.jdbc.sql("SELECT COUNT(*) FROM categories WHERE parent_id IS NOT NULL")
			.query(Long.class)
			.single();
		long used = this.jdbc.sql("SELECT COUNT(DISTINCT category_id) FROM products").query(Long.class).single();
		assertThat(used).isEqualTo(leaves);
		assertThat(this.jdbc.sql("SELECT MIN(price) FROM products").query(Double.class).single()).isPositive();
		// Laptops cost more than books, as in any shop.
		double laptops = averagePrice("laptops");
		double books = averagePrice("books");
		assertThat(laptops).isGreaterThan(books * 10);
	}

	private double averagePrice(String slug) {
		return this.jdbc
			.sql("SELECT AVG(p.price) FROM products p JOIN categories c ON c.id = p.category_id WHERE c.slug = ?")
			.param(slug)
			.query(Double.class)
			.single();
	}

	private String checksum() {
		return this.jdbc.sql(
				"SELECT CONCAT(COUNT(*), '/', SUM(CRC32(CONCAT_WS('|', sku, name, description, category_id, price)))) FROM products")
			.query(String.class)
			.single();
	}

}
