package dev.passerelle.slack;

import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.bot.Inbox;
import dev.passerelle.core.bot.KnowledgeBot;
import dev.passerelle.core.conversation.MembersChanged;
import dev.passerelle.core.conversation.Message;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.understanding.LanguageDetector;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What every Slack listener needs after it acknowledged: turn Slack ids into the core's people
 * and channels (keeping private channels' membership current), call the bot, deliver its answer.
 */
public final class SlackConversations {

    private final KnowledgeBot bot;
    private final Inbox inbox;
    private final Directory directory;
    private final Delivery delivery;
    private final LanguageDetector languages;
    private final Set<String> autoAnswerChannels;

    public SlackConversations(KnowledgeBot bot, Inbox inbox, Directory directory, Delivery delivery, LanguageDetector languages,
            Set<String> autoAnswerChannels) {
        this.bot = bot;
        this.inbox = inbox;
        this.directory = directory;
        this.delivery = delivery;
        this.languages = languages;
        this.autoAnswerChannels = Set.copyOf(autoAnswerChannels);
    }

    /** A message a person posted (also reached through {@code app_mention}: the core drops the twin). */
    public void message(SlackMessage message) {
        ChannelRef channel = channel(message.team(), message.channel(), message.channelType());
        Message in = message.toInbound(channel.type(), directory.person(message.user()).sender(),
                autoAnswerChannels.contains(message.channel()));
        Outcome outcome = inbox.submitAndWait(in);
        delivery.send(message.channel(), message.user(), outcome, languages.detect(in.text()),
                in.addressed() ? null : message.ts());
    }

    /** Keeps a private channel's membership as Slack lists it, so its knowledge stays with its members. */
    public ChannelRef channel(String team, String channelId, @Nullable String channelType) {
        ChannelType type = directory.channelType(channelId, channelType);
        ChannelRef channel = new ChannelRef(Platform.SLACK, team, channelId, type);
        if (type == ChannelType.PRIVATE) {
            directory.members(channelId).ifPresent(ids -> inbox.submit(new MembersChanged(channel,
                    ids.stream().map(id -> directory.person(id).sender()).toList(), Instant.now())));
        }
        return channel;
    }

    public KnowledgeBot bot() {
        return bot;
    }

    /** Where every event goes. */
    public Inbox inbox() {
        return inbox;
    }

    public Directory directory() {
        return directory;
    }

    public Delivery delivery() {
        return delivery;
    }

    /** The language to speak to this person in: what they wrote, else their Slack client's. */
    public Language language(String userId, String text) {
        Language detected = languages.detect(text);
        return text.isBlank() ? directory.person(userId).language().orElse(detected) : detected;
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

        /** The core's view of this message: plain text, its thread, and whether it speaks to the bot. */
        public Message toInbound(ChannelType type, Sender sender, boolean autoAnswer) {
            boolean addressed = autoAnswer || type == ChannelType.DIRECT || SlackText.mentions(text, botUserId);
            return new Message(Platform.SLACK, team, channel, type, sender, SlackText.plain(text, botUserId), threadTs,
                    ts, time(ts), addressed);
        }
    }

    public static List<String> tags(@Nullable String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(commaSeparated.split("[,;\\s]+")).map(t -> t.replaceFirst("^#", "").strip())
                .filter(t -> !t.isEmpty()).map(t -> t.toLowerCase(java.util.Locale.ROOT)).distinct().toList();
    }
}
