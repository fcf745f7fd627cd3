package com.scalemart.devstack.nginx;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.scalemart.devstack.config.HostPort;

/**
 * An upstream that reads a whole request and then closes the connection without an
 * answer, as a gateway killed while it handles a request does.
 */
final class ClosingUpstream implements AutoCloseable {

	private final ServerSocket socket;

	private final AtomicInteger requests = new AtomicInteger();

	private final Thread acceptor;

	private ClosingUpstream(ServerSocket socket) {
		this.socket = socket;
		this.acceptor = Thread.ofVirtual().start(this::serve);
	}

	static ClosingUpstream start() throws IOException {
		return new ClosingUpstream(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
	}

	HostPort address() {
		return new HostPort("127.0.0.1", this.socket.getLocalPort());
	}

	/**
	 * @return requests it received and dropped
	 */
	int requests() {
		return this.requests.get();
	}

	private void serve() {
		while (!this.socket.isClosed()) {
			try (Socket connection = this.socket.accept()) {
				if (readRequest(connection.getInputStream())) {
					this.requests.incrementAndGet();
				}
			}
			catch (IOException ex) {
				// closed by close(), or the peer went away: either way, the next one
			}
		}
	}

	/**
	 * Reads up to the end of the headers and the body its Content-Length announces.
	 */
	private static boolean readRequest(InputStream in) throws IOException {
		StringBuilder head = new StringBuilder();
		int b;
		while ((b = in.read()) != -1) {
			head.append((char) b);
			if (head.toString().endsWith("\r\n\r\n")) {
				String headers = head.toString().toLowerCase(java.util.Locale.ROOT);
				int at = headers.indexOf("content-length:");
				if (at >= 0) {
					int length = Integer.parseInt(headers.substring(at + 15, headers.indexOf('\r', at)).trim());
					in.readNBytes(length);
				}
				return head.toString().getBytes(StandardCharsets.ISO_8859_1).length > 0;
			}
		}
		return false;
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
		this.acceptor.interrupt();
	}

}
