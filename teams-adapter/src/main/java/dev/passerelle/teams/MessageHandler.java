package dev.passerelle.teams;

import com.microsoft.bot.builder.TurnContext;
import java.util.concurrent.CompletableFuture;

/**
 * A message in a channel, a group chat or a personal chat: remembered (a reaction may come), recorded in the
 * core's inbox, answered in its thread once the core applied it. The members of a restricted conversation are
 * listed after the answer left.
 */
final class MessageHandler {

    private final TeamsConversations conversations;

    MessageHandler(TeamsConversations conversations) {
        this.conversations = conversations;
    }

    CompletableFuture<Void> handle(TurnContext turn) {
        TeamsMessage message = TeamsMessage.of(turn.getActivity());
        if (message.text().isBlank() && !message.addressed()) {
            // Files, images and stickers posted in channels say nothing the core can read.
            return CompletableFuture.completedFuture(null);
        }
        return conversations.roster().sender(turn)
                .thenCompose(sender -> {
                    conversations.recent().remember(message.where(), message.id(),
                            new RecentMessages.Seen(sender, message.text(), message.thread()));
                    return conversations.outcome(message.toEvent(sender));
                })
                .thenCompose(outcome -> conversations.send(turn, outcome))
                .thenCompose(sent -> conversations.listMembers(turn, message.where()));
    }
}
