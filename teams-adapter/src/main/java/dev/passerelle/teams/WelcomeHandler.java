package dev.passerelle.teams;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.Language;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The short welcome, in the language of the Teams client that installed Passerelle (else the configured one), when
 * it is installed in a team, a chat or a personal scope, or when someone opens a personal chat with it. Teams announces an installation twice ({@code installationUpdate} and the bot
 * joining the conversation): it is welcomed once. Members joining or leaving a restricted conversation make the
 * roster list it again.
 */
final class WelcomeHandler {

    private static final Duration ONE_INSTALLATION = Duration.ofMinutes(2);

    private final TeamsConversations conversations;
    private final Cache<String, Instant> installed = Caffeine.newBuilder().expireAfterWrite(ONE_INSTALLATION)
            .maximumSize(10_000).build();

    WelcomeHandler(TeamsConversations conversations) {
        this.conversations = conversations;
    }

    CompletableFuture<Void> conversationUpdate(TurnContext turn) {
        Activity activity = turn.getActivity();
        TeamsConversation where = TeamsConversation.of(activity);
        List<ChannelAccount> added = activity.getMembersAdded() == null ? List.of() : activity.getMembersAdded();
        List<ChannelAccount> removed = activity.getMembersRemoved() == null ? List.of() : activity.getMembersRemoved();
        if (!added.isEmpty() || !removed.isEmpty()) {
            conversations.roster().forgetMembers(where);
        }
        String bot = activity.getRecipient() == null ? null : activity.getRecipient().getId();
        if (added.stream().anyMatch(member -> Objects.equals(member.getId(), bot))) {
            return installed(turn);
        }
        boolean someoneOpensDirectChat = where.type() == ChannelType.DIRECT
                && added.stream().anyMatch(member -> member.getId() != null && !member.getId().equals(bot));
        return someoneOpensDirectChat ? welcome(turn) : CompletableFuture.completedFuture(null);
    }

    /** Passerelle was installed here; an upgrade of the app is no news to anyone. */
    CompletableFuture<Void> installed(TurnContext turn) {
        if ("add-upgrade".equals(turn.getActivity().getAction())) {
            return CompletableFuture.completedFuture(null);
        }
        String key = TeamsConversation.of(turn.getActivity()).channel().key();
        if (installed.asMap().putIfAbsent(key, Instant.now()) != null) {
            return CompletableFuture.completedFuture(null);
        }
        return welcome(turn);
    }

    private CompletableFuture<Void> welcome(TurnContext turn) {
        Language language = conversations.language(turn.getActivity());
        boolean personal = TeamsConversation.of(turn.getActivity()).type() == ChannelType.DIRECT;
        return turn.sendActivity(Replies.card(conversations.cards().welcome(language, personal),
                conversations.cards().welcomeSummary(language))).thenApply(sent -> null);
    }
}
