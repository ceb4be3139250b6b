package dev.passerelle.app.slack;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Everything the application logs, from its start: installed as a context initializer because
 * that runs just after Spring Boot set Logback up (which drops appenders added earlier) and
 * before any bean is created. Each line holds the logger, the formatted message and any stack
 * trace, so that a secret anywhere in them shows.
 */
final class RecordedLogs implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Queue<String> lines = new ConcurrentLinkedQueue<>();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
        AppenderBase<ILoggingEvent> recorder = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                lines.add(event.getLevel() + " " + event.getLoggerName() + " " + event.getFormattedMessage()
                        + (event.getThrowableProxy() == null ? "" : "\n" + ThrowableProxyUtil.asString(
                                event.getThrowableProxy())));
            }
        };
        recorder.setContext(logback);
        recorder.setName("recorded-logs");
        recorder.start();
        logback.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(recorder);
    }

    static String all() {
        return String.join("\n", lines);
    }

    /** How many lines are recorded so far: a mark to read what came after with {@link #since}. */
    static int mark() {
        return lines.size();
    }

    /** The lines recorded after {@code mark}, in order, each with its stack trace if it had one. */
    static java.util.List<String> since(int mark) {
        java.util.List<String> all = java.util.List.copyOf(lines);
        return all.subList(Math.min(mark, all.size()), all.size());
    }
}
