package dev.passerelle.teams;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.MessageReaction;
import dev.passerelle.core.conversation.Reaction;
import dev.passerelle.core.conversation.ReactionRemoved;
import dev.passerelle.core.vocabulary.Sender;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reactions on a message the bot saw: 👍 ("like") backs a pain point, 💡 saves an insight, ✅ by the asker
 * confirms an answer, each one {@link Reaction} event for the core's inbox. Teams names only the reacted message,
 * so its author and text come from the recent messages; a reaction on a message the bot never saw changes nothing.
 * The bot's own replies are remembered too, so that ✅ or 👍 on its answer tells the core the answer helped.
 */
final class ReactionHandler {

    private static final Logger log = LoggerFactory.getLogger(ReactionHandler.class);

    private final TeamsConversations conversations;

    ReactionHandler(TeamsConversations conversations) {
        this.conversations = conversations;
    }

    CompletableFuture<Void> added(TurnContext turn, List<MessageReaction> reactions) {
        Activity activity = turn.getActivity();
        List<Reaction.Kind> kinds = reactions.stream().map(MessageReaction::getType).map(ReactionHandler::kind)
                .flatMap(Optional::stream).distinct().toList();
        if (kinds.isEmpty() || activity.getReplyToId() == null) {
            return CompletableFuture.completedFuture(null);
        }
        TeamsConversation where = TeamsConversation.of(activity);
        Sender bot = Sender.of(activity.getRecipient() == null ? "bot" : activity.getRecipient().getId());
        Optional<RecentMessages.Seen> seen = conversations.recent().find(where, activity.getReplyToId(), bot);
        if (seen.isEmpty()) {
            log.debug("Reaction on message {} in {}, which the bot has not seen", activity.getReplyToId(),
                    where.channel().key());
            return CompletableFuture.completedFuture(null);
        }
        RecentMessages.Seen message = seen.get();
        return conversations.roster().sender(turn).thenCompose(reactor -> {
            CompletableFuture<Void> done = CompletableFuture.completedFuture(null);
            for (Reaction.Kind kind : onThe(message, kinds)) {
                Reaction reaction = new Reaction(where.channel(), reactor, kind, activity.getReplyToId(),
                        message.thread(), message.author(), message.text(), TeamsMessage.time(activity));
                done = done.thenCompose(previous -> conversations.outcome(reaction))
                        .thenCompose(outcome -> conversations.send(turn, outcome));
            }
            return done;
        });
    }

    /**
     * A 👍 taken back takes its +1 on a pain point back; the core finds the pain point by the message id, so the
     * message need not have been seen since. Other reactions taken back change nothing.
     */
    CompletableFuture<Void> removed(TurnContext turn, List<MessageReaction> reactions) {
        Activity activity = turn.getActivity();
        boolean plusOne = reactions.stream().map(MessageReaction::getType).map(ReactionHandler::kind)
                .flatMap(Optional::stream).anyMatch(kind -> kind == Reaction.Kind.PLUS_ONE);
        if (!plusOne || activity.getReplyToId() == null) {
            return CompletableFuture.completedFuture(null);
        }
        TeamsConversation where = TeamsConversation.of(activity);
        return conversations.roster().sender(turn)
                .thenCompose(reactor -> conversations.outcome(new ReactionRemoved(where.channel(), reactor,
                        Reaction.Kind.PLUS_ONE, activity.getReplyToId(), TeamsMessage.time(activity))))
                .thenCompose(outcome -> conversations.send(turn, outcome));
    }

    /**
     * The bot's own reply is neither an insight nor a pain point: only "it helped" applies to it, said with ✅ or
     * with 👍, Teams' first reaction (as on Slack).
     */
    static List<Reaction.Kind> onThe(RecentMessages.Seen message, List<Reaction.Kind> kinds) {
        if (!message.fromBot()) {
            return kinds;
        }
        return kinds.stream().filter(kind -> kind != Reaction.Kind.SAVE_INSIGHT)
                .map(kind -> Reaction.Kind.CONFIRM_ANSWER).distinct().toList();
    }

    /**
     * Teams names its classic reactions ({@code like}, {@code heart}…) and, in newer clients, any emoji by its
     * code point and name ({@code 1f44d_thumbsup}) or as the emoji itself.
     */
    static Optional<Reaction.Kind> kind(@Nullable String type) {
        if (type == null) {
            return Optional.empty();
        }
        String name = type.toLowerCase(Locale.ROOT);
        if (name.equals("like") || name.startsWith("1f44d") || name.contains("thumbsup") || name.equals("+1")
                || name.startsWith("👍")) {
            return Optional.of(Reaction.Kind.PLUS_ONE);
        }
        if (name.startsWith("1f4a1") || name.contains("bulb") || name.startsWith("💡")) {
            return Optional.of(Reaction.Kind.SAVE_INSIGHT);
        }
        if (name.startsWith("2705") || name.startsWith("2714") || name.contains("checkmark")
                || name.contains("check_mark") || name.startsWith("✅") || name.startsWith("✔")) {
            return Optional.of(Reaction.Kind.CONFIRM_ANSWER);
        }
        return Optional.empty();
    }
}
