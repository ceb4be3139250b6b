package dev.passerelle.app.ops;

import dev.passerelle.app.PasserelleApplication;
import dev.passerelle.core.Passerelle;
import dev.passerelle.core.store.Backup;
import dev.passerelle.core.vocabulary.StoreException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/**
 * {@code backup DIR} and {@code restore DIR}: an online copy of the knowledge base while the bot runs, and putting
 * one back while it does not. The data directory is {@code --data}, else {@code passerelle.data-dir} as the server
 * reads it (a {@code --passerelle.data-dir=} argument or the {@code PASSERELLE_DATADIR} environment variable), else
 * {@code ./data}. The outcome goes to standard output in one line, a refusal to standard error in one line. Exit
 * code 0 when done, 1 when refused, 2 on a wrong argument.
 */
public final class BackupCommands {

    static final String BACKUP_USAGE = "Usage: backup DIR [--data DIR]";
    static final String RESTORE_USAGE = "Usage: restore DIR [--data DIR] [--replace]";

    private BackupCommands() {
    }

    public static int backup(String... args) {
        return run(new BackupCommand(), BACKUP_USAGE, args);
    }

    public static int restore(String... args) {
        return run(new RestoreCommand(), RESTORE_USAGE, args);
    }

    private static int run(Object command, String usage, String... args) {
        CommandLine line = new CommandLine(command);
        line.setParameterExceptionHandler((e, arguments) -> {
            System.err.println(e.getMessage() + ". " + usage);
            return 2;
        });
        return line.execute(args);
    }

    /** What both commands take: the data directory, and Spring-style properties for it. */
    abstract static class DataDirectoryCommand implements Callable<Integer> {

        @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: ./data, or passerelle.data-dir).")
        @Nullable Path data;

        @Unmatched
        List<String> springArguments = new ArrayList<>();

        final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

        abstract String usage();

        abstract int perform(Path dataDir);

        @Override
        public final Integer call() {
            for (String argument : springArguments) {
                if (!argument.startsWith("--") || !argument.contains("=")) {
                    System.err.println("Unknown argument '" + argument + "'. " + usage());
                    return 2;
                }
            }
            // Outside a Spring context nothing has configured logging: the migration tool's notes would reach the
            // operator's terminal between the lines this command owns.
            LoggingSystem.get(BackupCommands.class.getClassLoader()).setLogLevel("org.flywaydb", LogLevel.OFF);
            try {
                return perform(dataDir());
            } catch (RuntimeException e) {
                for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                    if (cause instanceof StoreException store) {
                        System.err.println(store.getMessage());
                        return 1;
                    }
                }
                throw e;
            }
        }

        Path dataDir() {
            if (data != null) {
                return data;
            }
            StandardEnvironment environment = new StandardEnvironment();
            environment.getPropertySources()
                    .addFirst(new SimpleCommandLinePropertySource(springArguments.toArray(String[]::new)));
            return Binder.get(environment).bind("passerelle.data-dir", Path.class).orElse(Path.of("data"));
        }
    }

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = "Copy the knowledge base into an empty directory; Passerelle may be running.")
    static final class BackupCommand extends DataDirectoryCommand {

        @Parameters(index = "0", paramLabel = "DIR", description = "Where the copy goes: a new or empty directory.")
        Path target;

        @Override
        String usage() {
            return BACKUP_USAGE;
        }

        @Override
        int perform(Path dataDir) {
            long started = System.nanoTime();
            Backup.Copy copy = Passerelle.backup(dataDir, target);
            out.println("Backed up " + dataDir.toAbsolutePath() + " to " + copy.file().toAbsolutePath() + ": "
                    + describe(copy) + String.format(Locale.ROOT, "; %.1f s.", (System.nanoTime() - started) / 1e9));
            return 0;
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "Put a backup in place of the knowledge base and rebuild the search index; stop Passerelle first.")
    static final class RestoreCommand extends DataDirectoryCommand {

        @Parameters(index = "0", paramLabel = "DIR", description = "A directory made by backup, or its passerelle.db.")
        Path backup;

        @Option(names = "--replace", description = "Restore over an existing knowledge base, keeping it beside under a dated name.")
        boolean replace;

        @Override
        String usage() {
            return RESTORE_USAGE;
        }

        @Override
        int perform(Path dataDir) {
            long started = System.nanoTime();
            Backup.Restored restored = Passerelle.restore(backup, dataDir, replace, Clock.systemUTC());
            System.err.println("Rebuilding the search index from " + restored.copy().entries() + " entries…");
            List<String> arguments = new ArrayList<>(springArguments);
            arguments.add("--passerelle.data-dir=" + dataDir);
            // Opening the core as the server would rebuilds the index and applies any newer migration.
            try (ConfigurableApplicationContext context = PasserelleApplication.withoutServer("import", arguments)) {
                context.getBean(Passerelle.class).index().lastApplied();
            }
            out.println("Restored " + restored.copy().file().toAbsolutePath() + " from " + backup.toAbsolutePath()
                    + ": " + describe(restored.copy()) + "; search index rebuilt"
                    + restored.previous().map(p -> "; the previous knowledge base is kept as " + p.toAbsolutePath())
                            .orElse("")
                    + String.format(Locale.ROOT, "; %.1f s.", (System.nanoTime() - started) / 1e9));
            return 0;
        }
    }

    static String describe(Backup.Copy summary) {
        return counted(summary.entries(), "entry", "entries") + ", " + counted(summary.people(), "person", "people")
                + ", " + counted(summary.changes(), "change", "changes")
                + String.format(Locale.ROOT, ", schema %s, %,.1f MiB", summary.schema(), summary.bytes() / 1048576.0);
    }

    private static String counted(long count, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? one : many);
    }
}
