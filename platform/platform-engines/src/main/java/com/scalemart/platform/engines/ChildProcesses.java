package com.scalemart.platform.engines;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the operating-system process of a server started through a library that does not
 * expose it.
 */
final class ChildProcesses {

	private ChildProcesses() {
	}

	/**
	 * The first live descendant of this JVM whose executable name contains
	 * {@code executable} and whose arguments contain {@code arguments} in a row.
	 */
	static Optional<ProcessHandle> find(String executable, String... arguments) {
		List<String> wanted = List.of(arguments);
		return ProcessHandle.current()
			.descendants()
			.filter(ProcessHandle::isAlive)
			.filter((process) -> process.info().command().map((command) -> command.contains(executable)).orElse(false))
			.filter((process) -> process.info()
				.arguments()
				.map((actual) -> Collections.indexOfSubList(Arrays.asList(actual), wanted) >= 0)
				.orElse(false))
			.findFirst();
	}

	/**
	 * The pids of all live descendants of this JVM, to compare with after a start when
	 * the server hides its arguments (Redis rewrites its process title).
	 */
	static Set<Long> descendants() {
		return ProcessHandle.current().descendants().map(ProcessHandle::pid).collect(Collectors.toSet());
	}

	/**
	 * The first live descendant whose executable name contains {@code executable} and
	 * that is not in {@code before}.
	 */
	static Optional<ProcessHandle> findNew(String executable, Set<Long> before) {
		return ProcessHandle.current()
			.descendants()
			.filter(ProcessHandle::isAlive)
			.filter((process) -> !before.contains(process.pid()))
			.filter((process) -> process.info().command().map((command) -> command.contains(executable)).orElse(false))
			.findFirst();
	}

}
