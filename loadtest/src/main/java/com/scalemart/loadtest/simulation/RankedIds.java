package com.scalemart.loadtest.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The product id of each popularity rank. Auto-increment ids may skip values (MariaDB
 * reserves ids for batched inserts), so ranks map onto the ids that exist: rank {@code r}
 * is the {@code r}-th smallest. Without a file rank {@code r} is id {@code r}.
 */
public final class RankedIds {

	private final long[] ids;

	private RankedIds(long[] ids) {
		this.ids = ids;
	}

	static RankedIds of(LoadSettings settings) {
		if (settings.idsFile().isEmpty()) {
			return new RankedIds(new long[0]);
		}
		return read(Path.of(settings.idsFile()), settings.products());
	}

	/**
	 * Reads one id a line.
	 * @param file the file
	 * @param needed how many ranks will be asked for
	 * @return the ids
	 * @throws IllegalArgumentException if the file holds fewer ids than needed
	 */
	static RankedIds read(Path file, int needed) {
		try {
			List<String> lines = Files.readAllLines(file).stream().filter((line) -> !line.isBlank()).toList();
			if (lines.size() < needed) {
				throw new IllegalArgumentException(
						file + " holds " + lines.size() + " ids, fewer than the " + needed + " ranks drawn from");
			}
			return new RankedIds(lines.stream().mapToLong((line) -> Long.parseLong(line.strip())).toArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

	/**
	 * Writes the file {@link #read} reads.
	 * @param ids the ids, smallest first
	 * @param file the file
	 */
	public static void write(List<Long> ids, Path file) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.write(file, ids.stream().map(String::valueOf).toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
	}

	/**
	 * @param rank 1-based
	 * @return the id of that rank
	 */
	long idOf(long rank) {
		return (this.ids.length == 0) ? rank : this.ids[(int) rank - 1];
	}

}
