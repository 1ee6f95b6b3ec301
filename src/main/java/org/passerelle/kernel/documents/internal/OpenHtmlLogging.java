package org.passerelle.kernel.documents.internal;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends OpenHTMLtoPDF's messages to SLF4J (and so to Logback) instead of its own console
 * handler. Its INFO messages describe every single rendering ("Using fast-mode
 * renderer"), so they go out at DEBUG; warnings and errors stay what they are.
 */
final class OpenHtmlLogging implements XRLogger {

	private static volatile boolean installed;

	private OpenHtmlLogging() {
	}

	static void install() {
		if (!installed) {
			synchronized (OpenHtmlLogging.class) {
				if (!installed) {
					XRLog.setLoggerImpl(new OpenHtmlLogging());
					installed = true;
				}
			}
		}
	}

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, Throwable error) {
		Logger logger = LoggerFactory.getLogger(where);
		int value = level.intValue();
		if (value >= Level.SEVERE.intValue()) {
			logger.error(message, error);
		}
		else if (value >= Level.WARNING.intValue()) {
			logger.warn(message, error);
		}
		else if (value >= Level.INFO.intValue()) {
			logger.debug(message, error);
		}
		else {
			logger.trace(message, error);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
		// levels are Logback's business
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
		int value = diagnostic.getLevel().intValue();
		if (value >= Level.WARNING.intValue()) {
			return logger.isWarnEnabled();
		}
		return (value >= Level.INFO.intValue()) ? logger.isDebugEnabled() : logger.isTraceEnabled();
	}

}
