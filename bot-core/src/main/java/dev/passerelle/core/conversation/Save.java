package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.vocabulary.Sender;
import dev.passerelle.core.vocabulary.EntryKind;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * "Save to Passerelle" on a message: the saver chose the kind and may have edited the text; the
 * message stays the source and its author the author.
 *
 * @param text for a FAQ, {@code question | answer}
 */
public record Save(ChannelRef channel, Sender saver, EntryKind kind, String text, List<String> tags, String messageId,
        @Nullable String thread, Sender author, Instant time) implements Event {
    public Save {
        Require.present(channel, saver, kind, author, time);
        Require.text(messageId, "message id");
        text = text == null ? "" : text;
        tags = List.copyOf(tags);
    }

    /** One press of Save; the same message saved again later is another save, answered "already saved". */
    @Override
    public String key() {
        return channel.key() + ":save:" + kind.code() + ":" + messageId + ":" + saver.userId() + ":"
                + time.toEpochMilli();
    }

    @Override
    public String actor() {
        return saver.userId();
    }

    @Override
    public boolean addressed() {
        return true;
    }

    @Override
    public Turn turn() {
        return new Turn(channel, messageId, thread, time);
    }
}
