package com.scalemart.devstack.lab;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything one run of the lab measured.
 *
 * @param gateways the gateway instances, by their address as NGINX names them
 * @param algorithms each algorithm with equal gateways and with one slowed
 * @param direct the load straight at one gateway
 * @param viaNginx the same load through NGINX in front of that one gateway
 * @param concurrency the load at 1 to 256 connections, through NGINX (least_conn)
 * @param sameSubnet ip_hash: the gateways each client of 127.0.0.x reached
 * @param otherSubnets ip_hash: the gateways each client of another /24 reached
 * @param kill the gateway killed under load
 */
record LabResults(Map<String, String> gateways, List<AlgorithmRun> algorithms, WrkResult direct, WrkResult viaNginx,
		List<ConcurrencyRun> concurrency, Map<String, Set<String>> sameSubnet, Map<String, Set<String>> otherSubnets,
		KillRun kill) {

	/**
	 * @param algorithm as given to {@code --lb}
	 * @param slowed whether the last gateway was slowed
	 * @param result the load's figures
	 * @param shares requests served per gateway name
	 */
	record AlgorithmRun(String algorithm, boolean slowed, WrkResult result, Map<String, Long> shares) {
	}

	record ConcurrencyRun(int connections, WrkResult result) {
	}

	/**
	 * @param requests requests sent while the gateway was killed and restarted
	 * @param failed requests that failed (non-2xx or socket errors, from wrk)
	 * @param served5xx requests NGINX logged with a 5xx status
	 * @param retried requests that NGINX tried on the dead gateway first and answered
	 * from another
	 * @param outMillis from the kill to the first failed attempt, after which NGINX takes
	 * it out for fail_timeout
	 * @param restartMillis from the kill until the restarted gateway was ready
	 * @param backInMillis from ready until NGINX sent it a request that it answered
	 */
	record KillRun(long requests, long failed, long served5xx, long retried, long outMillis, long restartMillis,
			long backInMillis) {
	}

}
