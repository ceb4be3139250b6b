package dev.passerelle.core.bot;

import dev.passerelle.core.Passerelle;
import dev.passerelle.core.conversation.Message;
import dev.passerelle.core.conversation.Settings;
import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * The process {@link IndexCrashTests} kills: it opens Passerelle on a data directory with the index committed only
 * every hour, submits FAQs through the inbox, prints {@code acknowledged} once every one is applied, and waits to be
 * killed. Nothing is closed, so the index keeps only what it committed when it opened.
 */
final class AcknowledgedThenKilled {

    static final ChannelRef CHANNEL = new ChannelRef(Platform.LOCAL, "local", "sales", ChannelType.PUBLIC);

    private AcknowledgedThenKilled() {}

    /** {@code args}: the data directory, how many FAQs. */
    public static void main(String[] args) throws InterruptedException {
        Path dataDir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Passerelle passerelle = Passerelle.open(dataDir, Settings.defaults(),
                new InboxSettings(Duration.ofDays(7), 0, Duration.ofHours(1)), Clock.systemUTC());
        CompletableFuture<?>[] applied = IntStream.range(0, count)
                .mapToObj(i -> passerelle.inbox().submit(faq(i)).outcome())
                .toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(applied).join();
        System.out.println("acknowledged " + count);
        System.out.flush();
        Thread.sleep(Duration.ofMinutes(5));
    }

    static Message faq(int i) {
        String code = code(i);
        return new Message(CHANNEL, Sender.of("bob"), "#faq How do I open locker " + code + "? | Use the key marked "
                + code + " at the front desk", null, "faq-" + i, Instant.now(), false);
    }

    /** A word of its own for each FAQ, that only its question and answer hold. */
    static String code(int i) {
        return "zq" + (char) ('a' + i / 26 % 26) + (char) ('a' + i % 26);
    }
}
