package com.scalemart.devstack.process;

import java.nio.file.Path;
import java.util.List;

/**
 * JVM flags for a service on a laptop: small heap and stacks, the serial collector and C1
 * only (the fastest start for a process that is mostly idle), and an AppCDS archive per
 * service that the JVM writes on the first exit and maps on every later start.
 */
public final class JvmFlags {

	private JvmFlags() {
	}

	/**
	 * The flags for one service.
	 * @param cdsArchive where its class-data archive lives
	 * @return the flags, to put before {@code -jar}
	 */
	public static List<String> forService(Path cdsArchive) {
		return List.of("-XX:+UseSerialGC", "-Xss512k", "-Xmx256m", "-XX:TieredStopAtLevel=1",
				"-XX:SharedArchiveFile=" + cdsArchive, "-XX:+AutoCreateSharedArchive",
				// a heap that is too small should end the process, not leave it
				// half-alive
				"-XX:+ExitOnOutOfMemoryError");
	}

}
