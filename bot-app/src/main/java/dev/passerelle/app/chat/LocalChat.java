package dev.passerelle.app.chat;

import dev.passerelle.core.vocabulary.Echo;
import dev.passerelle.core.bot.Inbox;
import dev.passerelle.core.conversation.Outcome;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import dev.passerelle.app.config.PasserelleProperties;
import dev.passerelle.core.vocabulary.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local chat: talks to the same core the Slack and Teams adapters use, through the same inbox, line by
 * line, either for people ({@link HumanLines}) or for scripts ({@link JsonLines}). A line is acknowledged (its
 * answer printed) once it is recorded and applied.
 */
@Component
public class LocalChat {

    private final Inbox inbox;
    private final Clock clock;
    private final JsonLines json;
    private final HumanLines human;
    private final ExportFolder exports;
    private final Language fallback;

    public LocalChat(Inbox inbox) {
        this(inbox, Path.of("data", "exports"), Language.EN);
    }

    /**
     * @param exportDir where exports go ({@code chat --export-dir}); empty for the data directory's {@code exports/}
     */
    @Autowired
    public LocalChat(Inbox inbox, PasserelleProperties properties,
            @Value("${passerelle.chat.export-dir:}") String exportDir) {
        this(inbox, exportDir.isBlank() ? properties.dataDir().resolve("exports") : Path.of(exportDir),
                Language.fromCode(properties.language()).orElse(Language.EN));
    }

    LocalChat(Inbox inbox, Path exportDir, Language fallback) {
        this.inbox = inbox;
        this.exports = new ExportFolder(exportDir);
        this.fallback = fallback;
        this.clock = Clock.systemUTC();
        Supplier<String> ids = sessionIds();
        // A control character a script left unescaped in a text is read as part of it, not refused.
        this.json = new JsonLines(JsonMapper.builder().enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS).build(), ids);
        this.human = new HumanLines(ids);
    }

    /** Feeds the bundled demo conversation through the bot; returns how many lines it took. */
    public int loadDemo() {
        int lines = 0;
        try (InputStream demo = LocalChat.class.getResourceAsStream("/demo/demo.jsonl")) {
            if (demo == null) {
                throw new IllegalStateException("the demo conversation is missing from the application");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(demo, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    inbox.submitAndWait(json.read(line).toMessage(clock.instant()));
                    lines++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** One JSON line in, exactly one JSON line out, in order, until the input ends. */
    public void runJson(InputStream in, PrintStream out) {
        InputLines.forEach(in, line -> {
            try {
                ChatMessage message = json.read(line);
                Outcome outcome = inbox.submitAndWait(message.toMessage(clock.instant()));
                out.println(json.write(message.id(), outcome, exports.save(outcome, fallback)));
            } catch (JsonLines.BadLine bad) {
                out.println(json.error(bad.in(), bad.getMessage()));
            } catch (IllegalArgumentException bad) {
                out.println(json.error(null, bad.getMessage()));
            }
            out.flush();
        });
    }

    /** Lines like {@code alice: question} or {@code #sales bob: #faq …}; replies printed readably. */
    public void runHuman(InputStream in, PrintStream out, boolean prompt) {
        out.println(HumanLines.WELCOME);
        if (prompt) {
            out.print("> ");
            out.flush();
        }
        InputLines.forEach(in, line -> {
            if (!line.isBlank()) {
                try {
                    ChatMessage message = human.read(line);
                    Outcome outcome = inbox.submitAndWait(message.toMessage(clock.instant()));
                    out.print(human.write(message, outcome, exports.save(outcome, fallback)));
                } catch (IllegalArgumentException bad) {
                    out.println("passerelle: " + Echo.neutralise(bad.getMessage()));
                }
            }
            if (prompt) {
                out.print("> ");
            }
            out.flush();
        });
    }

    /** Message ids for lines that bring none: unique across sessions, so retries stay detectable. */
    private static Supplier<String> sessionIds() {
        String session = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        AtomicLong counter = new AtomicLong();
        return () -> "chat-" + session + "-" + counter.incrementAndGet();
    }
}
