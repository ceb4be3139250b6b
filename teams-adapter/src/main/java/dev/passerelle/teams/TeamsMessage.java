package dev.passerelle.teams;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.conversation.Message;
import dev.passerelle.core.vocabulary.Sender;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A message activity as the core reads it: plain text without the bot's mention, where it was said, its thread,
 * and whether it speaks to the bot (a mention, or anything in a personal chat).
 */
record TeamsMessage(TeamsConversation where, String id, String text, boolean addressed, Instant time) {

    static TeamsMessage of(Activity activity) {
        TeamsConversation where = TeamsConversation.of(activity);
        boolean addressed = where.type() == ChannelType.DIRECT || TeamsText.mentionsBot(activity);
        return new TeamsMessage(where, id(activity), TeamsText.plain(activity), addressed, time(activity));
    }

    @Nullable String thread() {
        return where.threadOf(id);
    }

    /** The core's event: its key is the conversation and this activity id, so a redelivery is applied once. */
    Message toEvent(Sender sender) {
        return new Message(where.channel(), sender, text, thread(), id, time, addressed);
    }

    /** The sender as the activity names them, before (or without) the roster. */
    static Sender sender(Activity activity) {
        ChannelAccount from = activity.getFrom();
        if (from == null || from.getId() == null || from.getId().isBlank()) {
            throw new IllegalArgumentException("a Teams activity without a sender");
        }
        return new Sender(from.getId(), from.getName(), null, null);
    }

    /** Teams always names its activities; an unnamed one gets an id of its own, so it is never taken for another. */
    static String id(Activity activity) {
        return activity.getId() == null || activity.getId().isBlank() ? "unnamed:" + UUID.randomUUID() : activity.getId();
    }

    static Instant time(Activity activity) {
        return activity.getTimestamp() == null ? Instant.now() : activity.getTimestamp().toInstant();
    }
}
