package com.scalemart.devstack.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A left-aligned table with a header row, columns two spaces apart, no trailing blanks.
 */
public final class TextTable {

	private final List<String> headers;

	private final List<List<String>> rows = new ArrayList<>();

	private TextTable(List<String> headers) {
		this.headers = headers;
	}

	public static TextTable withHeaders(String... headers) {
		return new TextTable(List.of(headers));
	}

	/**
	 * Adds a row.
	 * @param cells one value per column
	 * @return this table
	 * @throws IllegalArgumentException if the number of cells differs from the headers
	 */
	public TextTable row(String... cells) {
		if (cells.length != this.headers.size()) {
			throw new IllegalArgumentException("expected " + this.headers.size() + " cells but got " + cells.length
					+ ": " + Arrays.toString(cells));
		}
		this.rows.add(List.of(cells));
		return this;
	}

	public String render() {
		int[] widths = new int[this.headers.size()];
		for (List<String> line : allLines()) {
			for (int i = 0; i < widths.length; i++) {
				widths[i] = Math.max(widths[i], line.get(i).length());
			}
		}
		StringBuilder out = new StringBuilder();
		for (List<String> line : allLines()) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < widths.length; i++) {
				text.append(line.get(i));
				if (i < widths.length - 1) {
					text.append(" ".repeat(widths[i] - line.get(i).length() + 2));
				}
			}
			out.append(text.toString().stripTrailing()).append('\n');
		}
		return out.toString();
	}

	private List<List<String>> allLines() {
		List<List<String>> lines = new ArrayList<>();
		lines.add(this.headers);
		lines.addAll(this.rows);
		return lines;
	}

}
