package com.scalemart.devstack.stack;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Some engine libraries print straight to {@code System.out} (Kafka's storage formatter
 * does); while an engine starts, both console streams go to the engines' log so that the
 * progress line stays one line. The launcher's own output holds the original stream.
 */
final class ConsoleCapture {

	private ConsoleCapture() {
	}

	static synchronized <T> T into(Path file, Supplier<T> action) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		try (PrintStream captured = new PrintStream(new FileOutputStream(file.toFile(), true), true,
				StandardCharsets.UTF_8)) {
			System.setOut(captured);
			System.setErr(captured);
			try {
				return action.get();
			}
			finally {
				System.setOut(out);
				System.setErr(err);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
