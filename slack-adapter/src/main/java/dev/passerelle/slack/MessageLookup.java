package dev.passerelle.slack;

import com.slack.api.model.Message;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reads one message by its timestamp, whether it is in the channel or in a thread. */
public final class MessageLookup {

    private final SlackApi api;

    public MessageLookup(SlackApi api) {
        this.api = api;
    }

    /** The message as the core needs it: author, text, and thread (null for a top-level message). */
    public record Found(String user, String text, @Nullable String threadTs) {}

    public Optional<Found> find(String channel, String ts) {
        Optional<Message> inChannel = api.call("conversations.history", m -> m.conversationsHistory(r -> r
                        .channel(channel).latest(ts).oldest(ts).inclusive(true).limit(1)))
                .flatMap(response -> matching(response.getMessages(), ts));
        Optional<Message> message = inChannel.isPresent() ? inChannel
                : api.call("conversations.replies", m -> m.conversationsReplies(r -> r.channel(channel).ts(ts)
                                .latest(ts).oldest(ts).inclusive(true).limit(1)))
                        .flatMap(response -> matching(response.getMessages(), ts));
        return message.filter(found -> found.getUser() != null && found.getText() != null)
                .map(found -> new Found(found.getUser(), found.getText(),
                        ts.equals(found.getThreadTs()) ? null : found.getThreadTs()));
    }

    private static Optional<Message> matching(@Nullable List<Message> messages, String ts) {
        return messages == null ? Optional.empty()
                : messages.stream().filter(message -> ts.equals(message.getTs())).findFirst();
    }
}
