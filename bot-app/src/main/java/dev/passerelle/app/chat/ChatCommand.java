package dev.passerelle.app.chat;

import dev.passerelle.app.PasserelleApplication;
import dev.passerelle.core.vocabulary.StoreException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code chat [--data DIR] [--demo] [--json] [--export-dir DIR] [--passerelle.x=y …]}: the local chat, without a web
 * server. Standard output carries only the conversation; logs go to {@code <data-dir>/passerelle.log}.
 */
@Command(name = "chat", mixinStandardHelpOptions = true,
        description = "Chat with Passerelle locally, on the same core the Slack and Teams adapters use.")
public final class ChatCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: ./data, or passerelle.data-dir).")
    Path data;

    @Option(names = "--demo", description = "Load the bilingual demo knowledge base first.")
    boolean demo;

    @Option(names = "--json", description = "One JSON object per line in, one JSON line per input line out.")
    boolean json;

    @Option(names = "--export-dir", paramLabel = "DIR",
            description = "Where exports are written (default: the data directory's exports/ folder).")
    Path exportDir;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    public static int run(String... args) {
        return new CommandLine(new ChatCommand()).execute(args);
    }

    @Override
    public Integer call() {
        for (String argument : springArguments) {
            if (!argument.startsWith("--") || !argument.contains("=")) {
                System.err.println("Unknown argument '" + argument + "'. Usage: chat [--data DIR] [--demo] [--json] [--export-dir DIR] "
                        + "[--passerelle.<property>=<value> …]");
                return 2;
            }
        }
        List<String> arguments = new ArrayList<>(springArguments);
        if (data != null) {
            arguments.add("--passerelle.data-dir=" + data);
        }
        if (exportDir != null) {
            arguments.add("--passerelle.chat.export-dir=" + exportDir.toAbsolutePath());
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try {
            return chat(arguments, out);
        } catch (RuntimeException e) {
            // Logs go to a file here: the terminal gets the data directory's sentence, not a stack trace.
            StoreException cause = storeFailure(e);
            if (cause == null) {
                throw e;
            }
            System.err.println(cause.getMessage());
            return 1;
        }
    }

    private int chat(List<String> arguments, PrintStream out) {
        try (ConfigurableApplicationContext context = PasserelleApplication.withoutServer("chat", arguments)) {
            LocalChat chat = context.getBean(LocalChat.class);
            if (demo) {
                int lines = chat.loadDemo();
                (json ? System.err : out).println("Demo knowledge base loaded (" + lines
                        + " messages). Try: qui connaît le CRM ?");
            }
            if (json) {
                chat.runJson(System.in, out);
            } else {
                chat.runHuman(System.in, out, System.console() != null);
            }
            return 0;
        }
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
