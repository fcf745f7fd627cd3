package com.scalemart.devstack.nginx;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.scalemart.devstack.DevStackException;

/**
 * The distribution's {@code nginx} executable: {@code SCALEMART_NGINX} if set, else the
 * first on the {@code PATH} or in the usual {@code sbin} directories, which are not on
 * every user's {@code PATH}.
 *
 * @param path the executable
 */
public record NginxBinary(Path path) {

	static final String VARIABLE = "SCALEMART_NGINX";

	private static final List<String> SBIN = List.of("/usr/sbin", "/usr/local/sbin", "/usr/local/bin",
			"/opt/homebrew/bin");

	/**
	 * Finds nginx.
	 * @param env the environment
	 * @return the executable, if there is one
	 */
	public static Optional<NginxBinary> find(Map<String, String> env) {
		String configured = env.get(VARIABLE);
		if (configured != null && !configured.isBlank()) {
			Path path = Path.of(configured.trim());
			return Files.isExecutable(path) ? Optional.of(new NginxBinary(path)) : Optional.empty();
		}
		List<String> dirs = new ArrayList<>(List.of(env.getOrDefault("PATH", "").split(File.pathSeparator)));
		dirs.addAll(SBIN);
		return dirs.stream()
			.filter((dir) -> !dir.isBlank())
			.map((dir) -> Path.of(dir, "nginx"))
			.filter(Files::isExecutable)
			.findFirst()
			.map(NginxBinary::new);
	}

	/**
	 * Finds nginx or says how to install it.
	 * @param env the environment
	 * @return the executable
	 * @throws DevStackException with the one command that installs it
	 */
	public static NginxBinary require(Map<String, String> env) {
		return find(env).orElseThrow(() -> new DevStackException((env.containsKey(VARIABLE)
				? VARIABLE + "=" + env.get(VARIABLE) + " is not an executable nginx" : "nginx is not installed")
				+ ": install it with `" + installCommand() + "` (or point " + VARIABLE + " at an nginx executable)"));
	}

	/**
	 * The command that installs the distribution's package here.
	 * @return e.g. {@code apt-get install -y nginx}
	 */
	public static String installCommand() {
		String sudo = "root".equals(System.getProperty("user.name")) ? "" : "sudo ";
		if (Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
			return sudo + "apt-get install -y nginx";
		}
		if (Files.isExecutable(Path.of("/usr/bin/dnf"))) {
			return sudo + "dnf install -y nginx";
		}
		if (Files.isExecutable(Path.of("/sbin/apk"))) {
			return sudo + "apk add nginx";
		}
		return "brew install nginx";
	}

	/**
	 * Runs {@code nginx -t} on a configuration.
	 * @param prefix NGINX's prefix directory
	 * @param conf the configuration file
	 * @throws DevStackException with NGINX's own words when the configuration is wrong
	 */
	public void test(Path prefix, Path conf) {
		Result result = run(List.of("-t", "-q", "-p", prefix.toString(), "-c", conf.toString()));
		if (result.exitCode() != 0) {
			throw new DevStackException("nginx rejects " + conf + ": " + result.output().strip().replace('\n', ' '));
		}
	}

	/**
	 * Tells the running master of a prefix to read its configuration again: new workers
	 * take over, old ones finish their requests.
	 * @param prefix NGINX's prefix directory
	 * @param conf the configuration file
	 */
	public void reload(Path prefix, Path conf) {
		Result result = run(List.of("-s", "reload", "-p", prefix.toString(), "-c", conf.toString()));
		if (result.exitCode() != 0) {
			throw new DevStackException("nginx did not reload " + conf + ": " + result.output().strip());
		}
	}

	Result run(List<String> arguments) {
		List<String> command = new ArrayList<>();
		command.add(this.path.toString());
		command.addAll(arguments);
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			process.getOutputStream().close();
			byte[] output = process.getInputStream().readAllBytes();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new DevStackException(String.join(" ", command) + " did not finish within 30 s");
			}
			return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new DevStackException("could not run " + this.path + " (" + ex.getMessage() + "): reinstall it with `"
					+ installCommand() + "`", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DevStackException("interrupted while running " + String.join(" ", command));
		}
	}

	record Result(int exitCode, String output) {
	}

}
