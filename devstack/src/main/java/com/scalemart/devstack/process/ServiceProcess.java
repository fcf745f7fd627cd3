package com.scalemart.devstack.process;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import com.scalemart.devstack.DevStackException;

/**
 * A service JVM started by the launcher, its output appended to its own log file.
 */
public final class ServiceProcess {

	private static final Path SETSID = Path.of("/usr/bin/setsid");

	private final Process process;

	private ServiceProcess(Process process) {
		this.process = process;
	}

	/**
	 * Starts a process. Where {@code setsid} exists the child gets its own session:
	 * Ctrl-C in the terminal then reaches only the launcher, which stops the services in
	 * order instead of every process receiving SIGINT at once. {@code setsid} execs the
	 * command, so the PID is that of the JVM.
	 * @param command the command line
	 * @param env variables added to the launcher's environment
	 * @param workDir the working directory
	 * @param log the file that receives stdout and stderr
	 * @return the started process
	 */
	public static ServiceProcess start(List<String> command, Map<String, String> env, Path workDir, Path log) {
		List<String> fullCommand = new ArrayList<>();
		if (Files.isExecutable(SETSID)) {
			fullCommand.add(SETSID.toString());
		}
		fullCommand.addAll(command);
		ProcessBuilder builder = new ProcessBuilder(fullCommand).directory(workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
		builder.environment().putAll(env);
		try {
			Files.createDirectories(log.getParent());
			return new ServiceProcess(builder.start());
		}
		catch (IOException ex) {
			throw new DevStackException("could not start " + command.get(0) + " (" + ex.getMessage()
					+ "): check that the JDK at " + command.get(0) + " is complete", ex);
		}
	}

	public long pid() {
		return this.process.pid();
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	public OptionalInt exitCode() {
		return this.process.isAlive() ? OptionalInt.empty() : OptionalInt.of(this.process.exitValue());
	}

	public ProcessHandle handle() {
		return this.process.toHandle();
	}

	/**
	 * Stops the process: SIGTERM, then SIGKILL if it has not exited within the grace
	 * period.
	 * @param grace how long it may take to shut down
	 * @return whether it exited within the grace period
	 */
	public boolean stop(Duration grace) {
		return Processes.stop(handle(), grace);
	}

}
