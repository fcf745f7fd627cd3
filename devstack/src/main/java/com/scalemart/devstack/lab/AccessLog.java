package com.scalemart.devstack.lab;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.scalemart.devstack.DevStackException;

/**
 * Reads the lab's NGINX access log from a mark on: which gateway served each request, and
 * which it tried first.
 */
final class AccessLog {

	private static final Pattern LINE = Pattern
		.compile("^\\S+ (\\d+\\.\\d+) \"[^\"]*\" (\\d{3}) \\S+ upstream=\"([^\"]*)\" .*$");

	private final Path file;

	private long mark;

	AccessLog(Path file) {
		this.file = file;
	}

	/**
	 * Starts a new section: later reads see only what is logged from now on.
	 */
	void mark() {
		try {
			this.mark = Files.exists(this.file) ? Files.size(this.file) : 0;
		}
		catch (IOException ex) {
			throw new DevStackException("cannot read " + this.file + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * @return the requests logged since the mark
	 */
	List<Entry> sinceMark() {
		List<Entry> entries = new ArrayList<>();
		try (RandomAccessFile in = new RandomAccessFile(this.file.toFile(), "r")) {
			in.seek(this.mark);
			byte[] bytes = new byte[(int) (in.length() - this.mark)];
			in.readFully(bytes);
			for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
				parse(line).ifPresent(entries::add);
			}
		}
		catch (IOException ex) {
			throw new DevStackException("cannot read " + this.file + ": " + ex.getMessage(), ex);
		}
		return entries;
	}

	static java.util.Optional<Entry> parse(String line) {
		Matcher matcher = LINE.matcher(line);
		if (!matcher.matches()) {
			return java.util.Optional.empty();
		}
		List<String> tried = List.of(matcher.group(3).split(", "));
		return java.util.Optional.of(new Entry((long) (Double.parseDouble(matcher.group(1)) * 1000),
				Integer.parseInt(matcher.group(2)), tried));
	}

	/**
	 * One request.
	 *
	 * @param epochMillis when it ended
	 * @param status the status the client got
	 * @param tried the gateways tried, in order; the last one answered
	 */
	record Entry(long epochMillis, int status, List<String> tried) {

		String servedBy() {
			return this.tried.get(this.tried.size() - 1);
		}

	}

}
