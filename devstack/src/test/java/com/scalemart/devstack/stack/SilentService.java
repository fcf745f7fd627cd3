package com.scalemart.devstack.stack;

import java.util.concurrent.locks.LockSupport;

/**
 * A service that runs but never answers its readiness probe, as one stuck at start does.
 */
final class SilentService {

	private SilentService() {
	}

	public static void main(String[] args) {
		while (true) {
			LockSupport.park();
		}
	}

}
