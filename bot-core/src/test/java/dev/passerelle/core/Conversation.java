package dev.passerelle.core;

import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.conversation.Action;
import dev.passerelle.core.conversation.Click;
import dev.passerelle.core.conversation.Deletion;
import dev.passerelle.core.conversation.Edit;
import dev.passerelle.core.conversation.Event;
import dev.passerelle.core.conversation.MembersChanged;
import dev.passerelle.core.conversation.Reaction;
import dev.passerelle.core.conversation.Save;
import dev.passerelle.core.vocabulary.Language;
import java.util.List;
import dev.passerelle.core.bot.KnowledgeBot;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import dev.passerelle.core.conversation.Settings;
import dev.passerelle.core.bot.InboxSettings;
import dev.passerelle.core.search.SynonymSettings;
import dev.passerelle.core.knowledge.Entry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test-data builder for conversations with a real bot on a real data directory:
 * {@code chat.in("sales").from("alice").says("#faq …")}.
 */
public final class Conversation implements AutoCloseable {

    private final Path dataDir;
    private final Passerelle passerelle;
    private final AtomicInteger ids = new AtomicInteger();

    private Conversation(Path dataDir, Passerelle passerelle) {
        this.dataDir = dataDir;
        this.passerelle = passerelle;
    }

    public static Conversation open(Path dataDir) {
        return open(dataDir, Settings.defaults());
    }

    public static Conversation open(Path dataDir, Settings settings) {
        return open(dataDir, settings, Clock.systemUTC());
    }

    /** A bot whose clock is {@code clock} (messages keep the real time: a clock ahead makes knowledge older). */
    public static Conversation open(Path dataDir, Settings settings, Clock clock) {
        return new Conversation(dataDir, Passerelle.open(dataDir, settings, clock));
    }

    /** A bot whose searches expand words from {@code synonyms} (the system's dictionaries, say). */
    public static Conversation open(Path dataDir, SynonymSettings synonyms) {
        return new Conversation(dataDir, Passerelle.open(dataDir, Settings.defaults(), InboxSettings.defaults(),
                synonyms, Clock.systemUTC()));
    }

    /** A bot whose knowledge managers and admins are the given user ids. */
    public static Conversation withRoles(Path dataDir, Set<String> managers, Set<String> admins) {
        return open(dataDir, Settings.defaults().withRoles(managers, admins));
    }

    /** Where the bot keeps its database and index, for tests that read the file itself. */
    public Path dataDir() {
        return dataDir;
    }

    public Passerelle passerelle() {
        return passerelle;
    }

    /** The bot itself, for its read-only views (the home page). */
    public KnowledgeBot bot() {
        return passerelle.bot();
    }

    /**
     * Any event, through the inbox as an adapter hands it: recorded, applied, answered; and indexed, as the next event
     * would find it (the worker indexes what an event wrote after its reply).
     */
    public Outcome submit(Event event) {
        Outcome outcome = passerelle.inbox().submitAndWait(event);
        passerelle.index().follow();
        return outcome;
    }

    public Outcome edited(ChannelRef channel, Sender editor, String messageId, String text, Instant at) {
        return submit(new Edit(channel, editor, messageId, text, String.valueOf(at.toEpochMilli()), at));
    }

    public Outcome deleted(ChannelRef channel, String messageId, Instant at) {
        return submit(new Deletion(channel, messageId, at));
    }

    public Outcome reacted(Reaction reaction) {
        return submit(reaction);
    }

    public Outcome save(Save save) {
        return submit(save);
    }

    /** "Helpful" or "Not helpful" pressed under an answer. */
    public Outcome feedback(ChannelRef channel, Sender user, long entryId, boolean helpful, Language language,
            Instant at) {
        return submit(new Click(channel, user, helpful ? Action.HELPFUL : Action.NOT_HELPFUL, entryId, null, language,
                "click-" + ids.incrementAndGet(), at));
    }

    public Outcome members(ChannelRef channel, List<Sender> members, Instant at) {
        return submit(new MembersChanged(channel, members, at));
    }

    /** Waits, up to ten seconds, until the inbox has applied all it recorded: what a start-up finds, say. */
    public void awaitInboxApplied() {
        Instant deadline = Instant.now().plusSeconds(10);
        while (!passerelle.store().inbox().unapplied(1).isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("The inbox still holds unapplied events after 10 seconds");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for the inbox", e);
            }
        }
    }

    /** The stored entry, which the test expects to exist. */
    public Entry entry(long id) {
        return passerelle.store().entries().find(id).orElseThrow();
    }

    /** How gestures name the public channel that {@code in(channel)} talks in. */
    public static ChannelRef channel(String channel) {
        return new ChannelRef(Platform.LOCAL, "local", channel, ChannelType.PUBLIC);
    }

    /** How gestures name the private channel that {@code inPrivate(channel)} talks in. */
    public static ChannelRef privateChannel(String channel) {
        return new ChannelRef(Platform.LOCAL, "local", channel, ChannelType.PRIVATE);
    }

    public Where in(String channel) {
        return new Where(channel, ChannelType.PUBLIC);
    }

    public Where inPrivate(String channel) {
        return new Where(channel, ChannelType.PRIVATE);
    }

    /** A direct message with the bot. */
    public Message dm(String user) {
        return new Where("dm-" + user, ChannelType.DIRECT).from(user);
    }

    @Override
    public void close() {
        passerelle.close();
    }

    public final class Where {
        private final String channel;
        private final ChannelType type;

        private Where(String channel, ChannelType type) {
            this.channel = channel;
            this.type = type;
        }

        public Message from(String user) {
            return new Message(channel, type, Sender.of(user), null, false);
        }

        public Message from(Sender sender) {
            return new Message(channel, type, sender, null, false);
        }
    }

    /** One message about to be said; {@link #says} sends it and gives what the bot did. */
    public final class Message {
        private final String channel;
        private final ChannelType type;
        private final Sender sender;
        private final String thread;
        private final boolean addressed;

        private Message(String channel, ChannelType type, Sender sender, String thread, boolean addressed) {
            this.channel = channel;
            this.type = type;
            this.sender = sender;
            this.thread = thread;
            this.addressed = addressed;
        }

        public Message inThread(String rootId) {
            return new Message(channel, type, sender, rootId, addressed);
        }

        /** As if the message mentioned the bot. */
        public Message toBot() {
            return new Message(channel, type, sender, thread, true);
        }

        public Said says(String text) {
            return says("m" + ids.incrementAndGet(), text);
        }

        public Said says(String messageId, String text) {
            return new Said(messageId, submit(inbound(messageId, text)));
        }

        public dev.passerelle.core.conversation.Message inbound(String messageId, String text) {
            return new dev.passerelle.core.conversation.Message(Platform.LOCAL, "local", channel, type, sender, text, thread, messageId, Instant.now(),
                    addressed);
        }
    }

    /** A message that was said: its id and the bot's outcome. */
    public record Said(String id, Outcome outcome) {
        public long capturedId() {
            return outcome.captured().getFirst().id();
        }

        public String text() {
            return String.join("\n", outcome.replies().stream().map(r -> r.text()).toList());
        }
    }
}
