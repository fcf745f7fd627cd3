package com.scalemart.platform.data.shard;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads, copies, checksums and deletes all rows of one owner, table by table, with the
 * columns each table really stores (generated columns are left to the server).
 */
final class OwnerRows {

	/** The rows of one owner, by table. */
	record Snapshot(Map<String, List<Map<String, Object>>> rows) {

		boolean exists() {
			return this.rows.values().stream().anyMatch((table) -> !table.isEmpty());
		}

		int size() {
			return this.rows.values().stream().mapToInt(List::size).sum();
		}

	}

	/** Row count and an order-independent hash of every value but the fence. */
	record Checksum(int rows, long hash) {

		@Override
		public String toString() {
			return this.rows + " rows, " + Long.toHexString(this.hash);
		}

	}

	private final OwnedTables tables;

	private final Map<String, List<String>> storedColumns = new ConcurrentHashMap<>();

	OwnerRows(OwnedTables tables) {
		this.tables = tables;
	}

	/**
	 * Reads the owner's rows; call it inside a transaction for a consistent snapshot.
	 */
	Snapshot read(JdbcClient shard, UUID owner) {
		Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
		rows.put(this.tables.ownerTable(), select(shard, this.tables.ownerTable(), this.tables.keyColumn(), owner));
		for (OwnedTables.Child child : this.tables.children()) {
			rows.put(child.table(), select(shard, child.table(), child.ownerColumn(), owner));
		}
		return new Snapshot(rows);
	}

	/**
	 * Replaces whatever the shard holds of the owner by the snapshot, with the fence set
	 * as given; call it inside a transaction.
	 */
	void replace(JdbcClient shard, UUID owner, Snapshot snapshot, boolean inTransit) {
		delete(shard, owner);
		snapshot.rows().forEach((table, rows) -> rows.forEach((row) -> insert(shard, table, row)));
		shard
			.sql("UPDATE %s SET %s = ? WHERE %s = ?".formatted(this.tables.ownerTable(), this.tables.transitColumn(),
					this.tables.keyColumn()))
			.params(inTransit, owner.toString())
			.update();
	}

	/** Deletes the owner's rows, children first; call it inside a transaction. */
	int delete(JdbcClient shard, UUID owner) {
		int deleted = 0;
		for (OwnedTables.Child child : this.tables.children().reversed()) {
			deleted += shard.sql("DELETE FROM %s WHERE %s = ?".formatted(child.table(), child.ownerColumn()))
				.param(owner.toString())
				.update();
		}
		return deleted
				+ shard.sql("DELETE FROM %s WHERE %s = ?".formatted(this.tables.ownerTable(), this.tables.keyColumn()))
					.param(owner.toString())
					.update();
	}

	Checksum checksum(Snapshot snapshot) {
		long sum = 0;
		for (Map.Entry<String, List<Map<String, Object>>> table : snapshot.rows().entrySet()) {
			for (Map<String, Object> row : table.getValue()) {
				Hasher hasher = Hashing.murmur3_128().newHasher().putString(table.getKey(), StandardCharsets.UTF_8);
				row.forEach((column, value) -> {
					if (!column.equalsIgnoreCase(this.tables.transitColumn())) {
						hasher.putString(column, StandardCharsets.UTF_8).putByte((byte) 0);
						hasher.putString(text(value), StandardCharsets.UTF_8).putByte((byte) 0);
					}
				});
				// a sum does not depend on the order the rows came in
				sum += hasher.hash().asLong();
			}
		}
		return new Checksum(snapshot.size(), sum);
	}

	private List<Map<String, Object>> select(JdbcClient shard, String table, String column, UUID owner) {
		String columns = String.join(", ", storedColumns(shard, table));
		return shard.sql("SELECT %s FROM %s WHERE %s = ?".formatted(columns, table, column))
			.param(owner.toString())
			.query()
			.listOfRows()
			.stream()
			.map((row) -> (Map<String, Object>) new LinkedHashMap<>(row))
			.toList();
	}

	private void insert(JdbcClient shard, String table, Map<String, Object> row) {
		String columns = String.join(", ", row.keySet());
		String marks = row.keySet().stream().map((column) -> "?").collect(Collectors.joining(", "));
		shard.sql("INSERT INTO %s (%s) VALUES (%s)".formatted(table, columns, marks))
			.params(new ArrayList<>(row.values()))
			.update();
	}

	private List<String> storedColumns(JdbcClient shard, String table) {
		return this.storedColumns.computeIfAbsent(table, (name) -> {
			List<String> columns = shard.sql("""
					SELECT COLUMN_NAME FROM information_schema.COLUMNS
					WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND IS_GENERATED = 'NEVER'
					ORDER BY ORDINAL_POSITION""").param(name).query(String.class).list();
			if (columns.isEmpty()) {
				throw new IllegalStateException("the shard has no table " + name);
			}
			return columns;
		});
	}

	private static String text(Object value) {
		if (value == null) {
			return "\u0000null";
		}
		if (value instanceof byte[] bytes) {
			return Arrays.toString(bytes);
		}
		return value.toString();
	}

}
