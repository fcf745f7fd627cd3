package com.scalemart.devstack.state;

/**
 * One service or engine of a run, as recorded in the state file.
 *
 * @param name e.g. {@code user-service} or {@code MariaDB}
 * @param kind {@code service}, {@code engine}, {@code external} or {@code proxy}
 * @param port its port
 * @param pid the process serving it, 0 when it is not ours (an external engine)
 * @param startMillis that process's start time, to tell a reused PID from ours (0 if
 * unknown)
 * @param url how to reach it
 */
public record StateEntry(String name, String kind, int port, long pid, long startMillis, String url) {

	public static final String SERVICE = "service";

	public static final String ENGINE = "engine";

	public static final String EXTERNAL = "external";

	/** The load balancer in front of the gateways. */
	public static final String PROXY = "proxy";

	public boolean isService() {
		return SERVICE.equals(this.kind);
	}

}
