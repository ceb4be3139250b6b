package dev.passerelle.slack;

import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
import dev.passerelle.core.bot.Inbox;
import dev.passerelle.core.bot.KnowledgeBot;
import dev.passerelle.core.bot.Receipt;
import dev.passerelle.core.conversation.Deletion;
import dev.passerelle.core.conversation.Event;
import dev.passerelle.core.conversation.MembersChanged;
import dev.passerelle.core.conversation.Message;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every Slack listener needs: turn Slack ids into the core's people and channels (keeping private channels'
 * membership current), hand the event to the core's inbox before the listener acknowledges, and deliver the
 * outcome once it is applied, off Bolt's threads.
 */
public final class SlackConversations {

    private static final Logger log = LoggerFactory.getLogger(SlackConversations.class);
    /** The conversation a Home tab click is said in: the person's own. */
    public static final String HOME = "home-";

    private final Inbox inbox;
    private final KnowledgeBot bot;
    private final Directory directory;
    private final Delivery delivery;
    private final Language fallback;
    private final Set<String> autoAnswerChannels;
    private final Executor afterAck;

    public SlackConversations(Inbox inbox, KnowledgeBot bot, Directory directory, Delivery delivery, Language fallback,
            Set<String> autoAnswerChannels, Executor afterAck) {
        this.inbox = inbox;
        this.bot = bot;
        this.directory = directory;
        this.delivery = delivery;
        this.fallback = fallback;
        this.autoAnswerChannels = Set.copyOf(autoAnswerChannels);
        this.afterAck = afterAck;
    }

    /**
     * Records the event in the core's inbox and returns once it is committed: the listener acknowledges after
     * this. When the core has applied it, {@code deliver} runs on a thread of its own. Throws when the event
     * cannot be recorded, so that Bolt answers 500 and Slack delivers it again.
     */
    public void submit(Event event, Consumer<Outcome> deliver) {
        Receipt receipt = inbox.submit(event);
        receipt.outcome().thenAcceptAsync(outcome -> {
            try {
                deliver.accept(outcome);
            } catch (RuntimeException e) {
                log.error("Could not deliver the outcome of a {} in {}", event.getClass().getSimpleName(),
                        event.channel().channel(), e);
            }
            notices(outcome);
        }, afterAck);
    }

    /**
     * A message a person posted (also reached through {@code app_mention}: the inbox drops the twin). One that
     * lacks a workspace, channel, author or timestamp is Slack's oddity, not the person's: skipped on one line.
     */
    public void message(SlackMessage message) {
        String blank = message.blankField();
        if (blank != null) {
            log.warn("Slack message skipped, its {} is blank: team {}, channel {}, user {}, ts {}", blank,
                    message.team(), message.channel(), message.user(), message.ts());
            return;
        }
        ChannelRef channel = channel(message.team(), message.channel(), message.channelType());
        Message in = message.toMessage(channel.type(), directory.person(message.user()).sender(),
                autoAnswerChannels.contains(message.channel()));
        submit(in, outcome -> delivery.send(message.channel(), message.user(), outcome,
                in.addressed() ? null : message.ts()));
    }

    /**
     * What an event recorded before the last stop led to, now that it is applied: posted in its conversation, to
     * its person (a command's response URL did not survive; a Home tab click republishes nothing).
     */
    public void deliverRecovered(Inbox.Recovered recovered) {
        Event event = recovered.event();
        String channel = event.channel().channel();
        notices(recovered.outcome());
        if (event.actor().equals(Deletion.SYSTEM) || channel.startsWith(HOME) || recovered.outcome().isNothing()) {
            return;
        }
        String capturedFrom = event instanceof Message message && !message.addressed() ? message.messageId() : null;
        delivery.send(channel, event.actor(), recovered.outcome(), capturedFrom);
    }

    /** The notices an outcome holds for Slack people: one failing does not keep the others from going out. */
    private void notices(Outcome outcome) {
        for (var notice : outcome.noticesOn(Platform.SLACK)) {
            try {
                delivery.notice(notice);
            } catch (RuntimeException e) {
                log.error("Could not deliver a notice to {} in {}", notice.to().user(), notice.to().workspace(), e);
            }
        }
    }

    /** Delivers a notice no Slack event's outcome carried (a routine's, or one from another platform). */
    public void deliverNotice(dev.passerelle.core.conversation.Notice notice) {
        delivery.notice(notice);
    }

    /**
     * The channel as the core names it. For a private one whose member list was just read from Slack, the core
     * hears who its members are first, so that its knowledge stays with them.
     */
    public ChannelRef channel(String team, String channelId, @Nullable String channelType) {
        ChannelType type = directory.channelType(channelId, channelType);
        ChannelRef channel = new ChannelRef(Platform.SLACK, team, channelId, type);
        if (type == ChannelType.PRIVATE) {
            directory.freshMembers(channelId).ifPresent(ids -> submit(new MembersChanged(channel,
                    ids.stream().map(Sender::of).toList(), Instant.now()), outcome -> { }));
        }
        return channel;
    }

    /** For the read-only views: the Home tab. */
    public KnowledgeBot bot() {
        return bot;
    }

    public Directory directory() {
        return directory;
    }

    public Delivery delivery() {
        return delivery;
    }

    /** Runs slow work after the acknowledgement, on the adapter's own threads. */
    public Executor afterAck() {
        return afterAck;
    }

    /** The language of this person's Slack client, for what carries no text of theirs (the Home tab, the form). */
    public Language language(String userId) {
        return directory.person(userId).language().orElse(fallback);
    }

    /** Slack's message timestamps ({@code 1700000000.123456}) are seconds since the epoch. */
    public static Instant time(String ts) {
        try {
            BigDecimal seconds = new BigDecimal(ts);
            return Instant.ofEpochSecond(seconds.longValue(), seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
        } catch (NumberFormatException e) {
            return Instant.now();
        }
    }

    /** A message event, as the listeners read it from Slack's payload. */
    public record SlackMessage(String team, String channel, @Nullable String channelType, String user, String text,
            String ts, @Nullable String threadTs, @Nullable String botUserId) {

        public static SlackMessage of(MessageEvent event, String team, @Nullable String botUserId) {
            return new SlackMessage(team, event.getChannel(), event.getChannelType(), event.getUser(), event.getText(),
                    event.getTs(), event.getThreadTs(), botUserId);
        }

        /** A message posted with a file: its text counts like any other. */
        public static SlackMessage of(MessageFileShareEvent event, String team, @Nullable String botUserId) {
            return new SlackMessage(team, event.getChannel(), event.getChannelType(), event.getUser(), event.getText(),
                    event.getTs(), event.getThreadTs(), botUserId);
        }

        /** A thread reply also sent to the channel: still a reply in its thread. */
        public static SlackMessage of(MessageThreadBroadcastEvent event, String team, @Nullable String botUserId) {
            return new SlackMessage(team, event.getChannel(), event.getChannelType(), event.getUser(), event.getText(),
                    event.getTs(), event.getThreadTs(), botUserId);
        }

        /** Slack sends no channel type with a mention: it is looked up. */
        public static SlackMessage of(AppMentionEvent event, String team, @Nullable String botUserId) {
            return new SlackMessage(team, event.getChannel(), null, event.getUser(), event.getText(), event.getTs(),
                    event.getThreadTs(), botUserId);
        }

        /** The first of the fields every message needs that is missing or blank, or null when none is. */
        @Nullable String blankField() {
            if (isBlank(team)) {
                return "team";
            }
            if (isBlank(channel)) {
                return "channel";
            }
            if (isBlank(user)) {
                return "user";
            }
            return isBlank(ts) ? "ts" : null;
        }

        private static boolean isBlank(@Nullable String value) {
            return value == null || value.isBlank();
        }

        /** The core's view of this message: plain text, its thread, and whether it speaks to the bot. */
        public Message toMessage(ChannelType type, Sender sender, boolean autoAnswer) {
            boolean addressed = type == ChannelType.DIRECT || SlackText.mentions(text, botUserId);
            Message message = new Message(Platform.SLACK, team, channel, type, sender, SlackText.plain(text, botUserId),
                    threadTs, ts, time(ts), addressed);
            return autoAnswer ? message.autoAnswered() : message;
        }
    }
}
