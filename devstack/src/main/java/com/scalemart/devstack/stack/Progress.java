package com.scalemart.devstack.stack;

import java.io.PrintStream;
import java.util.Locale;

/**
 * One line per start step, e.g. {@code [3/4] user-service starting… ready 6.2 s}: the
 * first half is printed when the step begins, so a slow step shows what it waits for.
 */
final class Progress {

	private final PrintStream out;

	private final int total;

	private int current;

	Progress(PrintStream out, int total) {
		this.out = out;
		this.total = total;
	}

	Step begin(String what) {
		this.current++;
		this.out.print("[" + this.current + "/" + this.total + "] " + what + "… ");
		this.out.flush();
		return new Step(System.nanoTime());
	}

	static String seconds(long nanos) {
		return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
	}

	final class Step {

		private final long startNanos;

		private Step(long startNanos) {
			this.startNanos = startNanos;
		}

		void done(String result) {
			Progress.this.out.println(result + " " + seconds(System.nanoTime() - this.startNanos));
		}

		void failed() {
			Progress.this.out.println("failed after " + seconds(System.nanoTime() - this.startNanos));
		}

	}

}
