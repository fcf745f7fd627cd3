package com.scalemart.devstack.stack;

import java.nio.file.Path;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.FileAppender;
import org.slf4j.LoggerFactory;

/**
 * Sends what the engines log (MariaDB, Redis and the in-process Kafka broker are chatty)
 * to {@code logs/engines.log}, keeping the terminal for the progress lines and the table.
 * Until this runs the launcher logs nothing (see {@code logback.xml}).
 */
final class EngineLogs {

	private EngineLogs() {
	}

	static void redirectTo(Path file) {
		if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
			return;
		}
		PatternLayoutEncoder encoder = new PatternLayoutEncoder();
		encoder.setContext(context);
		encoder.setPattern("%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
		encoder.start();
		FileAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender = new FileAppender<>();
		appender.setContext(context);
		appender.setName("engines");
		appender.setFile(file.toString());
		appender.setAppend(true);
		appender.setEncoder(encoder);
		appender.start();
		Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		root.detachAndStopAllAppenders();
		root.addAppender(appender);
		root.setLevel(Level.INFO);
	}

}
