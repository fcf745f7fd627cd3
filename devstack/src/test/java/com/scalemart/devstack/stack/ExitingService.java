package com.scalemart.devstack.stack;

/**
 * A service that fails at once, as one with a bad configuration does.
 */
final class ExitingService {

	private ExitingService() {
	}

	public static void main(String[] args) {
		System.out.println("cannot start: no configuration");
		System.exit(3);
	}

}
