package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Sender;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Someone pressed one of the bot's buttons.
 *
 * @param language the language of the reply the button was on, so that the answer to the click is too
 * @param clickId  the platform's id of this press (Slack's action timestamp, Teams' activity id)
 * @param desk     the button was on the knowledge manager's desk ({@link Block.Button#desk}): the outcome redraws it
 */
public record Click(ChannelRef channel, Sender user, Action action, long entryId, @Nullable String thread,
        Language language, String clickId, Instant time, boolean desk) implements Event {

    public Click {
        Require.present(channel, user, action, language, time);
        Require.text(clickId, "click id");
    }

    public Click(ChannelRef channel, Sender user, Action action, long entryId, @Nullable String thread,
            Language language, String clickId, Instant time) {
        this(channel, user, action, entryId, thread, language, clickId, time, false);
    }

    @Override
    public String key() {
        return channel.key() + ":click:" + clickId + ":" + user.userId();
    }

    @Override
    public String actor() {
        return user.userId();
    }

    @Override
    public boolean addressed() {
        return true;
    }

    @Override
    public Turn turn() {
        return new Turn(channel, clickId, thread, time);
    }
}
