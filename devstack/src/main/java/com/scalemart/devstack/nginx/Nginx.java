package com.scalemart.devstack.nginx;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.scalemart.devstack.DevStackException;
import com.scalemart.devstack.process.ServiceProcess;

/**
 * An nginx master process in the foreground ({@code daemon off}), with its own prefix,
 * configuration, pid file and logs: it never touches the system's nginx.
 */
public final class Nginx implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

	private static final Duration STOP_GRACE = Duration.ofSeconds(5);

	private final NginxBinary binary;

	private final String template;

	private final Path conf;

	private final ServiceProcess process;

	private NginxConfig config;

	private Nginx(NginxBinary binary, String template, NginxConfig config, ServiceProcess process) {
		this.binary = binary;
		this.template = template;
		this.config = config;
		this.conf = confFile(config);
		this.process = process;
	}

	/**
	 * Reads the template of a repository.
	 * @param home the repository root
	 * @return its text
	 */
	public static String template(Path home) {
		Path file = home.resolve(NginxConfig.TEMPLATE);
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new DevStackException("cannot read the NGINX template " + file + " (" + ex.getMessage()
					+ "): run from a complete checkout", ex);
		}
	}

	/**
	 * Writes the configuration, checks it with {@code nginx -t}, starts nginx and waits
	 * until it accepts connections.
	 * @param binary the executable
	 * @param template the template's text
	 * @param config what to fill in
	 * @param log the file that receives nginx's own output
	 * @return the running nginx
	 * @throws DevStackException if the configuration is rejected or nginx does not listen
	 */
	public static Nginx start(NginxBinary binary, String template, NginxConfig config, Path log) {
		if (accepts(config.listen().host(), config.listen().port())) {
			throw new DevStackException("port " + config.listen().port()
					+ " is taken: stop what listens there or set SCALEMART_NGINX_PORT to a free port");
		}
		write(binary, template, config);
		ServiceProcess process = ServiceProcess.start(
				List.of(binary.path().toString(), "-p", config.prefix().toString(), "-c", confFile(config).toString()),
				Map.of(), config.prefix(), log);
		Nginx nginx = new Nginx(binary, template, config, process);
		nginx.awaitListening(log);
		return nginx;
	}

	/**
	 * Renders and writes the configuration, then checks it with {@code nginx -t}.
	 * @param binary the executable
	 * @param template the template's text
	 * @param config what to fill in
	 * @return the configuration file
	 */
	public static Path write(NginxBinary binary, String template, NginxConfig config) {
		Path conf = confFile(config);
		try {
			for (String dir : List.of("logs", "temp")) {
				Files.createDirectories(config.prefix().resolve(dir));
			}
			Files.writeString(conf, config.render(template), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new DevStackException("cannot write " + conf + " (" + ex.getMessage()
					+ "): make the state dir writable or set SCALEMART_STATE_DIR", ex);
		}
		binary.test(config.prefix(), conf);
		return conf;
	}

	private static Path confFile(NginxConfig config) {
		return config.prefix().resolve("nginx.conf");
	}

	/**
	 * Switches to another configuration without a restart ({@code nginx -s reload}).
	 * Connections already open finish on the old workers.
	 * @param next the new configuration, same prefix and listen address
	 */
	public void reload(NginxConfig next) {
		if (!next.prefix().equals(this.config.prefix()) || !next.listen().equals(this.config.listen())) {
			throw new IllegalArgumentException("a reload keeps the prefix and the listen address");
		}
		write(this.binary, this.template, next);
		this.binary.reload(next.prefix(), this.conf);
		this.config = next;
	}

	public NginxConfig config() {
		return this.config;
	}

	public ServiceProcess process() {
		return this.process;
	}

	public Path errorLog() {
		return this.config.prefix().resolve("logs/error.log");
	}

	private void awaitListening(Path log) {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (!accepts(this.config.listen().host(), this.config.listen().port())) {
			if (!this.process.isAlive()) {
				throw new DevStackException("nginx exited with code " + this.process.exitCode().orElse(-1)
						+ " before it listened on " + this.config.listen() + ": see " + log + " and " + errorLog()
						+ " (is the port taken? set SCALEMART_NGINX_PORT)");
			}
			if (System.nanoTime() > deadline) {
				close();
				throw new DevStackException("nginx did not listen on " + this.config.listen() + " within "
						+ START_TIMEOUT.toSeconds() + " s: see " + errorLog());
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				close();
				throw new DevStackException("interrupted while nginx was starting");
			}
		}
	}

	private static boolean accepts(String host, int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), 200);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Stops nginx: SIGTERM (its fast shutdown), then SIGKILL after a grace period.
	 */
	@Override
	public void close() {
		this.process.stop(STOP_GRACE);
	}

}
