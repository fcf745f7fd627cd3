package com.scalemart.platform.data;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of comparing primary and replica table by table.
 *
 * @param schema the database compared
 * @param tables every table of the primary's database, in name order
 */
public record ConsistencyReport(String schema, List<TableComparison> tables) {

	public ConsistencyReport {
		tables = List.copyOf(tables);
	}

	/**
	 * The tables that differ.
	 * @return those whose rows or checksum differ, or that the replica lacks
	 */
	public List<TableComparison> differences() {
		return this.tables.stream().filter((table) -> !table.equal()).toList();
	}

	/**
	 * Whether every table matches.
	 * @return {@code true} if there is no difference
	 */
	public boolean consistent() {
		return differences().isEmpty();
	}

	/**
	 * One line per table, for a console.
	 * @return the report as text
	 */
	public String describe() {
		return this.tables.stream()
			.map((t) -> "%-8s %s: rows %d / %s, checksum %d / %s".formatted(t.equal() ? "equal" : "DIFFERS", t.table(),
					t.primaryRows(), t.replicaRows(), t.primaryChecksum(), t.replicaChecksum()))
			.collect(Collectors.joining(System.lineSeparator()));
	}

}
