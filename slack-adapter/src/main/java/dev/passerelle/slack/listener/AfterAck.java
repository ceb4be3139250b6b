package dev.passerelle.slack.listener;

import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slow work goes here, after the listener acknowledged: Slack wants its answer within three
 * seconds and retries otherwise. Failures are logged with ids only.
 */
public final class AfterAck {

    private static final Logger log = LoggerFactory.getLogger(AfterAck.class);

    private final Executor executor;

    public AfterAck(Executor executor) {
        this.executor = executor;
    }

    public void run(String what, Runnable work) {
        executor.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.error("Slack {} failed after acknowledgement", what, e);
            }
        });
    }
}
