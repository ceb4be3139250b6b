package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.vocabulary.Sender;
import java.time.Instant;

/**
 * The author edited a message: what was captured from it follows.
 *
 * @param editId what tells this edit from the message's other edits (Slack's {@code edited.ts}, Teams' activity id)
 */
public record Edit(ChannelRef channel, Sender editor, String messageId, String text, String editId, Instant time)
        implements Event {

    public Edit {
        Require.present(channel, editor, time);
        Require.text(messageId, "message id");
        Require.text(editId, "edit id");
        text = text == null ? "" : text;
    }

    @Override
    public String key() {
        return channel.key() + ":edit:" + messageId + ":" + editId;
    }

    @Override
    public String actor() {
        return editor.userId();
    }

    @Override
    public boolean addressed() {
        return false;
    }

    @Override
    public Turn turn() {
        return new Turn(channel, messageId, null, time);
    }
}
