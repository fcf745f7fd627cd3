package com.scalemart.devstack.lab;

import java.time.Duration;

/**
 * How long and where the lab runs.
 *
 * @param quick the short run (about 3 minutes instead of about 8)
 * @param path the path loaded through the gateways
 * @param nginxPort the port of the lab's own NGINX
 */
record LabOptions(boolean quick, String path, int nginxPort) {

	Duration run() {
		return Duration.ofSeconds(this.quick ? 4 : 15);
	}

	Duration sweepRun() {
		return Duration.ofSeconds(this.quick ? 2 : 6);
	}

	Duration warmUp() {
		return Duration.ofSeconds(this.quick ? 5 : 15);
	}

}
