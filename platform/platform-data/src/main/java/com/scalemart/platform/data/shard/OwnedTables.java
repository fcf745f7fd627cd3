package com.scalemart.platform.data.shard;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What an owner is made of on its shard: one owner row and the rows of child tables that
 * carry its id. A resharding job moves exactly these, and the write fence is a column of
 * the owner row: while it is set, the row is either the frozen original of an owner being
 * switched or a copy that is not live yet, and no write may touch the owner.
 *
 * @param ownerTable the owner's table, e.g. {@code users}
 * @param keyColumn its key, the owner id
 * @param transitColumn a boolean column, set while the owner is in transit
 * @param children the tables of the owner's data
 */
public record OwnedTables(String ownerTable, String keyColumn, String transitColumn, List<Child> children) {

	private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,63}");

	/**
	 * A table of an owner's data.
	 *
	 * @param table the table
	 * @param ownerColumn the column holding the owner id
	 */
	public record Child(String table, String ownerColumn) {

		public Child {
			identifier(table);
			identifier(ownerColumn);
		}

	}

	public OwnedTables {
		identifier(ownerTable);
		identifier(keyColumn);
		identifier(transitColumn);
		children = List.copyOf(children);
	}

	// every name is put into SQL text, so only plain identifiers are taken
	private static String identifier(String name) {
		Objects.requireNonNull(name, "table and column names");
		if (!IDENTIFIER.matcher(name).matches()) {
			throw new IllegalArgumentException("not a plain lower-case SQL identifier: " + name);
		}
		return name;
	}

}
