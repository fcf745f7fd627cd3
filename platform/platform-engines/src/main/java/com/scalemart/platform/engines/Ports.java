package com.scalemart.platform.engines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Local TCP ports for the engines, which all bind to 127.0.0.1 only.
 */
public final class Ports {

	static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

	private Ports() {
	}

	/**
	 * Returns a port that was free on 127.0.0.1 a moment ago. Another process may still
	 * take it before the caller binds it; callers start their server right away.
	 * @return a free port
	 */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, LOOPBACK)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("no free port on 127.0.0.1", ex);
		}
	}

	/**
	 * Checks that the port can be bound on 127.0.0.1.
	 * @param port the port
	 * @param who what wants the port, as shown to the user, e.g. "embedded MariaDB"
	 * @param envVarToChange the environment variable that moves it elsewhere
	 * @throws PortInUseException if the port cannot be bound
	 */
	public static void requireFree(int port, String who, String envVarToChange) {
		if (!isFree(port)) {
			throw new PortInUseException(
					"port %d (%s) is in use: stop what holds it (`ss -ltnp 'sport = :%d'`) or set %s".formatted(port,
							who, port, envVarToChange));
		}
	}

	/**
	 * Tells whether the port can be bound on 127.0.0.1 right now.
	 * @param port the port
	 * @return {@code true} if a bind succeeded
	 */
	public static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			// SO_REUSEADDR, as the servers set it: connections left in TIME_WAIT by a
			// server
			// that just stopped do not keep the next one from listening
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(LOOPBACK, port), 1);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	static int orFree(int port) {
		return (port != 0) ? port : freePort();
	}

}
