package com.scalemart.devstack.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

import com.scalemart.devstack.config.Settings;

/**
 * What a command needs from the world, passed in so that tests run commands in-process.
 *
 * @param env the environment
 * @param home the repository root
 * @param cwd the working directory
 * @param out standard output
 * @param err standard error
 */
public record CliContext(Map<String, String> env, Path home, Path cwd, PrintStream out, PrintStream err) {

	Settings settings(boolean external) {
		return Settings.from(this.env, this.home, this.cwd, external);
	}

}
