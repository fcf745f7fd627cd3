package com.scalemart.labs.cache;

/**
 * One measured point.
 *
 * @param policy the policy's name
 * @param capacityFraction the capacity as a fraction of the distinct keys
 * @param capacity the capacity in entries
 * @param hits the hits
 * @param requests the requests replayed
 * @param millis how long the replay took
 */
record HitRatio(String policy, double capacityFraction, int capacity, long hits, long requests, long millis) {

	double ratio() {
		return (double) this.hits / this.requests;
	}

}
