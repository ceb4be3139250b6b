package dev.passerelle.app.history;

import dev.passerelle.slack.history.SlackHistory;
import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;

/** The import's progress as one bar on standard error: messages read of all, their rate, the time left. */
final class ProgressLine implements SlackHistory.Progress, AutoCloseable {

    private static final int WIDTH = 100;

    private final PrintStream err;
    private @Nullable ProgressBar bar;

    ProgressLine(PrintStream err) {
        this.err = err;
    }

    @Override
    public void started(long messages) {
        bar = new ProgressBarBuilder()
                .setTaskName("Importing")
                .setInitialMax(messages)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" msg", 1)
                .showSpeed()
                .setUpdateIntervalMillis(500)
                .setConsumer(new ConsoleProgressBarConsumer(err, WIDTH))
                .build();
    }

    @Override
    public void done(long messages) {
        if (bar != null) {
            bar.stepTo(messages);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
