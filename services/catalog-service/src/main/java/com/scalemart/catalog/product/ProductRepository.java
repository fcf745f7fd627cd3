package com.scalemart.catalog.product;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Products in MariaDB, through plain SQL. Lists are offset pages ordered by an indexed
 * column and the id; text search uses the FULLTEXT index in boolean mode with every word
 * required.
 */
@Repository
public class ProductRepository {

	private static final String COLUMNS = "id, sku, name, description, category_id, price, currency, version, created_at, updated_at";

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private final JdbcClient jdbc;

	ProductRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// Read-only here rather than around the cache, so that only a miss opens a
	// transaction.
	@Transactional(readOnly = true)
	public Optional<Product> findById(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM products WHERE id = ?")
			.param(id)
			.query(ProductRepository::map)
			.optional();
	}

	/** All of the ids in one query; ids with no product are absent from the map. */
	@Transactional(readOnly = true)
	public Map<Long, Product> findAllById(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM products WHERE id IN (:ids)")
			.param("ids", ids)
			.query(ProductRepository::map)
			.list()
			.stream()
			.collect(Collectors.toMap(Product::id, Function.identity()));
	}

	public List<Product> search(ProductQuery query) {
		List<Object> params = new ArrayList<>();
		String where = where(query, params);
		params.add(query.size());
		params.add(query.offset());
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM products" + where + " ORDER BY " + query.sort().orderBy()
					+ " LIMIT ? OFFSET ?")
			.params(params)
			.query(ProductRepository::map)
			.list();
	}

	public long count(ProductQuery query) {
		List<Object> params = new ArrayList<>();
		String where = where(query, params);
		return this.jdbc.sql("SELECT COUNT(*) FROM products" + where).params(params).query(Long.class).single();
	}

	/**
	 * @throws org.springframework.dao.DuplicateKeyException if the SKU is taken
	 */
	Product insert(ProductDraft draft, Instant now) {
		this.jdbc
			.sql("INSERT INTO products (sku, name, description, category_id, price, currency, version, "
					+ "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)")
			.params(draft.sku(), draft.name(), draft.description(), draft.categoryId(), draft.price(), draft.currency(),
					utc(now), utc(now))
			.update();
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM products WHERE sku = ?")
			.param(draft.sku())
			.query(ProductRepository::map)
			.single();
	}

	/** Writes the edited product if the stored one is still one version older. */
	boolean update(Product edited) {
		return this.jdbc
			.sql("UPDATE products SET sku = ?, name = ?, description = ?, category_id = ?, price = ?, currency = ?, "
					+ "version = ?, updated_at = ? WHERE id = ? AND version = ?")
			.params(edited.sku(), edited.name(), edited.description(), edited.categoryId(), edited.price(),
					edited.currency(), edited.version(), utc(edited.updatedAt()), edited.id(), edited.version() - 1)
			.update() == 1;
	}

	/**
	 * Writes products whose writes were deferred (write-behind): a row is only ever moved
	 * forward to a newer version, so a late or repeated flush cannot undo a newer write.
	 */
	void updateAll(Collection<Product> products) {
		for (Product product : products) {
			this.jdbc
				.sql("UPDATE products SET sku = ?, name = ?, description = ?, category_id = ?, price = ?, "
						+ "currency = ?, version = ?, updated_at = ? WHERE id = ? AND version < ?")
				.params(product.sku(), product.name(), product.description(), product.categoryId(), product.price(),
						product.currency(), product.version(), utc(product.updatedAt()), product.id(),
						product.version())
				.update();
		}
	}

	boolean delete(long id, long expectedVersion) {
		return this.jdbc.sql("DELETE FROM products WHERE id = ? AND version = ?")
			.params(id, expectedVersion)
			.update() == 1;
	}

	private static String where(ProductQuery query, List<Object> params) {
		List<String> conditions = new ArrayList<>();
		if (query.categoryId() != null) {
			conditions.add("category_id = ?");
			params.add(query.categoryId());
		}
		String words = (query.words() != null) ? booleanModeQuery(query.words()) : "";
		if (!words.isEmpty()) {
			conditions.add("MATCH (name, description) AGAINST (? IN BOOLEAN MODE)");
			params.add(words);
		}
		return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
	}

	/**
	 * "red shoe" becomes "+red* +shoe*": every word required, as a prefix. Only letters
	 * and digits pass, so a client cannot inject boolean-mode operators.
	 */
	static String booleanModeQuery(String words) {
		return WORD.matcher(words).results().map((word) -> "+" + word.group() + "*").collect(Collectors.joining(" "));
	}

	private static Product map(ResultSet rs, int row) throws SQLException {
		return new Product(rs.getLong("id"), rs.getString("sku"), rs.getString("name"), rs.getString("description"),
				rs.getLong("category_id"), rs.getBigDecimal("price"), rs.getString("currency"), rs.getLong("version"),
				instant(rs, "created_at"), instant(rs, "updated_at"));
	}

	static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
	}

}
