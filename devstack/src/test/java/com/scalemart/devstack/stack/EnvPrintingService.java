package com.scalemart.devstack.stack;

import java.util.Map;
import java.util.TreeMap;

/**
 * A service that prints the database settings it was given to its log and exits, so that
 * a test can read what the launcher passed.
 */
final class EnvPrintingService {

	private EnvPrintingService() {
	}

	public static void main(String[] args) {
		Map<String, String> env = new TreeMap<>(System.getenv());
		env.forEach((name, value) -> {
			if (name.startsWith("SPRING_DATASOURCE_") || name.startsWith("SCALEMART_DATA_REPLICA_")) {
				System.out.println(name + "=" + value);
			}
		});
		System.exit(3);
	}

}
