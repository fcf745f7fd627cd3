package com.scalemart.devstack.service;

/**
 * What a service needs from the other services of the platform, beyond the engines.
 */
public enum Link {

	/** It registers with the discovery server (and finds others through it). */
	DISCOVERY,

	/** It checks tokens against the user service's JWKS. */
	TOKENS

}
