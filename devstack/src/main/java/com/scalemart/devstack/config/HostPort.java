package com.scalemart.devstack.config;

import com.scalemart.devstack.DevStackException;

/**
 * A {@code host:port} pair as given in an environment variable.
 *
 * @param host the host name or address
 * @param port the TCP port
 */
public record HostPort(String host, int port) {

	/**
	 * Parses {@code host:port}.
	 * @param value the text to parse
	 * @param variable the environment variable it came from, named in the error
	 * @return the pair
	 * @throws DevStackException if the text is not {@code host:port}
	 */
	public static HostPort parse(String value, String variable) {
		int colon = value.lastIndexOf(':');
		if (colon <= 0 || colon == value.length() - 1) {
			throw new DevStackException(variable + " must be host:port (e.g. 127.0.0.1:3306), got '" + value + "'");
		}
		return new HostPort(value.substring(0, colon), Settings.port(value.substring(colon + 1), variable));
	}

	@Override
	public String toString() {
		return this.host + ":" + this.port;
	}

}
