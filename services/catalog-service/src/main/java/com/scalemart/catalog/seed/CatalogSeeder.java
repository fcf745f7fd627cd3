package com.scalemart.catalog.seed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.scalemart.catalog.category.Category;
import com.scalemart.catalog.category.CategoryRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Loads a catalog that looks real enough to load-test: a two-level category tree, and
 * products with plausible names, descriptions and prices per category. The same seed
 * gives the same catalog, row for row. Rows go in batches; SKUs are {@code SM-0000001}
 * onwards and existing ones are skipped, so a second run adds only what is missing.
 */
@Component
public class CatalogSeeder {

	private static final Logger log = LoggerFactory.getLogger(CatalogSeeder.class);

	static final int BATCH_SIZE = 1_000;

	private final CategoryRepository categories;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	CatalogSeeder(CategoryRepository categories, JdbcTemplate jdbc, Clock clock) {
		this.categories = categories;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @return how many products the catalog holds afterwards
	 */
	public long seed(int productCount, long seed) {
		List<LeafCategory> leaves = ensureCategories();
		SplittableRandom random = new SplittableRandom(seed);
		LocalDateTime now = LocalDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		List<Object[]> batch = new ArrayList<>(BATCH_SIZE);
		long started = System.nanoTime();
		for (int i = 1; i <= productCount; i++) {
			LeafCategory leaf = leaves.get(random.nextInt(leaves.size()));
			batch.add(row(i, leaf, random, now));
			if (batch.size() == BATCH_SIZE || i == productCount) {
				this.jdbc.batchUpdate(
						"INSERT IGNORE INTO products (sku, name, description, category_id, price, "
								+ "currency, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'EUR', 0, ?, ?)",
						batch);
				batch.clear();
			}
		}
		long total = this.jdbc.queryForObject("SELECT COUNT(*) FROM products", Long.class);
		log.info("Seeded {} products in {} ms; the catalog holds {}", productCount,
				(System.nanoTime() - started) / 1_000_000, total);
		return total;
	}

	private static Object[] row(int index, LeafCategory leaf, SplittableRandom random, LocalDateTime now) {
		Vocabulary.Kind kind = leaf.kind();
		String brand = pick(Vocabulary.BRANDS, random);
		String adjective = pick(Vocabulary.ADJECTIVES, random);
		String noun = pick(kind.nouns(), random);
		String model = (char) ('A' + random.nextInt(26)) + Integer.toString(100 + random.nextInt(900));
		String name = brand + " " + adjective + " " + noun + " " + model;
		String description = "The " + adjective.toLowerCase() + " " + noun.toLowerCase() + " from " + brand + ": "
				+ pick(Vocabulary.QUALITIES, random) + ", " + pick(Vocabulary.QUALITIES, random) + ". "
				+ pick(Vocabulary.PROMISES, random);
		// Prices spread log-normally around the category's typical price, ending in .99.
		double factor = Math.exp(random.nextGaussian() * 0.5);
		BigDecimal price = BigDecimal.valueOf(Math.max(1, Math.floor(kind.typicalPrice() * factor)))
			.subtract(new BigDecimal("0.01"))
			.setScale(2, RoundingMode.UNNECESSARY);
		Timestamp created = Timestamp.valueOf(now.minusMinutes(random.nextInt(525_600)));
		return new Object[] { String.format("SM-%07d", index), name, description, leaf.id(), price, created, created };
	}

	private List<LeafCategory> ensureCategories() {
		Map<String, Category> existing = new LinkedHashMap<>();
		this.categories.findAll().forEach((category) -> existing.put(category.slug(), category));
		List<LeafCategory> leaves = new ArrayList<>();
		for (Vocabulary.Department department : Vocabulary.DEPARTMENTS) {
			Category top = existing.get(department.slug());
			long topId = (top != null) ? top.id() : this.categories.insert(department.slug(), department.name(), null);
			for (Vocabulary.Kind kind : department.kinds()) {
				Category leaf = existing.get(kind.slug());
				long leafId = (leaf != null) ? leaf.id() : this.categories.insert(kind.slug(), kind.name(), topId);
				leaves.add(new LeafCategory(leafId, kind));
			}
		}
		return leaves;
	}

	private static String pick(List<String> words, SplittableRandom random) {
		return words.get(random.nextInt(words.size()));
	}

	private record LeafCategory(long id, Vocabulary.Kind kind) {
	}

}
