package com.scalemart.catalog.category;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Categories in MariaDB. */
@Repository
public class CategoryRepository {

	private final JdbcClient jdbc;

	CategoryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<Category> findAll() {
		return this.jdbc.sql("SELECT id, slug, name, parent_id FROM categories ORDER BY id")
			.query((rs, row) -> new Category(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
					rs.getObject("parent_id", Long.class)))
			.list();
	}

	public Optional<Category> findBySlug(String slug) {
		return this.jdbc.sql("SELECT id, slug, name, parent_id FROM categories WHERE slug = ?")
			.param(slug)
			.query((rs, row) -> new Category(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
					rs.getObject("parent_id", Long.class)))
			.optional();
	}

	public boolean exists(long id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM categories WHERE id = ?").param(id).query(Long.class).single() > 0;
	}

	/**
	 * @return the new category's id
	 */
	public long insert(String slug, String name, @Nullable Long parentId) {
		this.jdbc.sql("INSERT INTO categories (slug, name, parent_id) VALUES (?, ?, ?)")
			.params(slug, name, parentId)
			.update();
		return findBySlug(slug).orElseThrow().id();
	}

}
