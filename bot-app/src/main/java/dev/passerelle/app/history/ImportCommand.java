package dev.passerelle.app.history;

import dev.passerelle.app.PasserelleApplication;
import dev.passerelle.core.Passerelle;
import dev.passerelle.core.bot.HistoryImport;
import dev.passerelle.core.vocabulary.StoreException;
import dev.passerelle.slack.history.ExportException;
import dev.passerelle.slack.history.SlackExport;
import dev.passerelle.slack.history.SlackHistory;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/**
 * {@code import slack-export <zip or folder> [--data DIR] [--team T…]}: a Slack workspace export into the knowledge
 * base, through the same understanding as live messages. Progress goes to standard error, the final count to
 * standard output, logs to {@code <data-dir>/passerelle.log}. Importing again, or after a stop, imports only what
 * is not in yet. Exit code 0 when every message was taken, 1 when some failed or the export cannot be read, 2 on a
 * wrong argument.
 */
@Command(name = "import", mixinStandardHelpOptions = true, subcommands = ImportCommand.SlackExportCommand.class,
        description = "Import history from a platform's export.")
public final class ImportCommand implements Callable<Integer> {

    static final String USAGE = "Usage: import slack-export <zip or folder> [--data DIR] [--team T…] "
            + "[--passerelle.<property>=<value> …]";

    public static int run(String... args) {
        CommandLine line = new CommandLine(new ImportCommand());
        line.setParameterExceptionHandler((e, arguments) -> {
            System.err.println(e.getMessage() + ". " + USAGE);
            return 2;
        });
        return line.execute(args);
    }

    @Override
    public Integer call() {
        System.err.println("Say what to import. " + USAGE);
        return 2;
    }

    @Command(name = "slack-export", mixinStandardHelpOptions = true,
            description = "A Slack workspace export (zip or folder; Slack's or slackdump's layout).")
    static final class SlackExportCommand implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "EXPORT", description = "The export's zip file or folder.")
        Path export;

        @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: ./data, or passerelle.data-dir).")
        @Nullable Path data;

        @Option(names = "--team", paramLabel = "T…",
                description = "The workspace id live events carry (default: the one most of users.json is in).")
        @Nullable String team;

        @Unmatched
        List<String> springArguments = new ArrayList<>();

        @Override
        public Integer call() {
            for (String argument : springArguments) {
                if (!argument.startsWith("--") || !argument.contains("=")) {
                    System.err.println("Unknown argument '" + argument + "'. " + USAGE);
                    return 2;
                }
            }
            List<String> arguments = new ArrayList<>(springArguments);
            if (data != null) {
                arguments.add("--passerelle.data-dir=" + data);
            }
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            // The export is opened first: a wrong path is told before any data directory is made.
            try (SlackExport opened = SlackExport.open(export)) {
                return importing(opened, arguments, out);
            } catch (ExportException e) {
                System.err.println("Cannot import " + export + ": " + e.getMessage());
                return 1;
            } catch (RuntimeException e) {
                StoreException cause = storeFailure(e);
                if (cause == null) {
                    throw e;
                }
                System.err.println(cause.getMessage());
                return 1;
            }
        }

        private int importing(SlackExport opened, List<String> arguments, PrintStream out) {
            try (ConfigurableApplicationContext context = PasserelleApplication.withoutServer("import", arguments)) {
                Passerelle passerelle = context.getBean(Passerelle.class);
                HistoryImport target = new HistoryImport(passerelle.store().inbox(), passerelle.store().transactions(),
                        passerelle.bot(), passerelle.index(), passerelle.store().changes(), Clock.systemUTC());
                long started = System.nanoTime();
                SlackHistory.Summary summary;
                try (ProgressLine progress = new ProgressLine(System.err)) {
                    summary = new SlackHistory(target, team).importFrom(opened, progress);
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                out.println(summary(summary, seconds));
                return summary.errors() == 0 ? 0 : 1;
            }
        }
    }

    static String summary(SlackHistory.Summary summary, double seconds) {
        return String.format(Locale.ROOT, "Slack export: %,d messages read in %d conversations: %,d imported, "
                        + "%,d already known, %,d skipped (not a person's message, or empty), %,d knowledge captured, "
                        + "%,d errors; %.1f s (%,.0f messages/s).",
                summary.read(), summary.conversations(), summary.imported(), summary.known(), summary.skipped(),
                summary.captured(), summary.errors(), seconds, summary.read() / Math.max(seconds, 1e-3));
    }

    private static @Nullable StoreException storeFailure(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof StoreException store) {
                return store;
            }
        }
        return null;
    }
}
