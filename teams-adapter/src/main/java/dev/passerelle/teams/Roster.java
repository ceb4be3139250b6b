package dev.passerelle.teams;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsInfo;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.teams.TeamsChannelAccount;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.Sender;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who people are, from the Teams roster, cached: name and e-mail (or UPN), so that a Teams person and a Slack
 * person with the same address become one. When the roster cannot tell, the name on the activity is enough.
 * Also keeps the members of restricted conversations current, since they decide who may see what.
 */
final class Roster {

    private static final Logger log = LoggerFactory.getLogger(Roster.class);
    private static final Duration FRESH = Duration.ofMinutes(30);
    private static final Duration MEMBERS_FRESH = Duration.ofMinutes(10);

    private final ActivityJson json;
    private final Cache<String, Sender> people = Caffeine.newBuilder().expireAfterWrite(FRESH).maximumSize(10_000).build();
    private final Cache<String, Instant> membersListed = Caffeine.newBuilder().expireAfterWrite(MEMBERS_FRESH)
            .maximumSize(5_000).build();

    Roster(ActivityJson json) {
        this.json = json;
    }

    /** The person who sent the activity, known from then on by their Entra object id too. */
    CompletableFuture<Sender> sender(TurnContext turn) {
        ChannelAccount from = turn.getActivity().getFrom();
        if (from == null || from.getId() == null || from.getId().isBlank()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("a Teams activity without a sender"));
        }
        return person(turn, from.getId(), from.getName()).thenApply(sender -> {
            if (from.getAadObjectId() != null && !from.getAadObjectId().isBlank()) {
                people.asMap().putIfAbsent(key(turn, from.getAadObjectId()), sender);
            }
            return sender;
        });
    }

    /**
     * Anyone in the conversation, by Teams user id or Entra object id (the message extension names authors by the
     * latter); never fails.
     */
    CompletableFuture<Sender> person(TurnContext turn, String userId, @Nullable String knownName) {
        String key = key(turn, userId);
        Sender known = people.getIfPresent(key);
        if (known != null) {
            return CompletableFuture.completedFuture(known);
        }
        Sender fallback = new Sender(userId, knownName, null, null);
        CompletableFuture<TeamsChannelAccount> lookup;
        try {
            lookup = TeamsInfo.getMember(turn, userId);
        } catch (RuntimeException e) {
            lookup = CompletableFuture.failedFuture(e);
        }
        return lookup.handle((member, error) -> {
            if (error != null || member == null || member.getId() == null) {
                log.debug("Teams roster has no entry for {}; using the activity's name", userId);
                return fallback;
            }
            Sender sender = toSender(member, knownName);
            people.put(key, sender);
            people.put(key(turn, member.getId()), sender);
            return sender;
        });
    }

    private static String key(TurnContext turn, String userId) {
        return TeamsConversation.tenant(turn.getActivity()) + "|" + userId;
    }

    /**
     * The members of a group chat or a private channel, when they are due to be listed again (at most every few
     * minutes), so that what is said there is seen by them and only them; empty otherwise, or when Teams would not
     * tell. Direct chats need no list; public channels are open to all.
     */
    CompletableFuture<Optional<List<Sender>>> membersToList(TurnContext turn, TeamsConversation where) {
        String key = where.channel().key();
        ConnectorClient connector = turn.getTurnState().get(BotFrameworkAdapter.CONNECTOR_CLIENT_KEY);
        if (where.type() != ChannelType.PRIVATE || connector == null
                || membersListed.asMap().putIfAbsent(key, Instant.now()) != null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return connector.getConversations().getConversationMembers(where.channel().channel())
                .thenApply(members -> Optional.of(members.stream()
                        .filter(member -> member.getId() != null && !member.getId().isBlank())
                        .map(member -> toSender(json.convert(member, TeamsChannelAccount.class), member.getName()))
                        .toList()))
                .exceptionally(error -> {
                    membersListed.invalidate(key);
                    log.debug("Could not list the members of {}: {}", key, error.getClass().getSimpleName());
                    return Optional.empty();
                });
    }

    /** Someone joined or left: the next message lists the members again. */
    void forgetMembers(TeamsConversation where) {
        membersListed.invalidate(where.channel().key());
    }

    static Sender toSender(TeamsChannelAccount member, @Nullable String knownName) {
        String name = firstNonBlank(member.getName(), join(member.getGivenName(), member.getSurname()), knownName);
        String email = firstNonBlank(member.getEmail(), address(member.getUserPrincipalName()));
        return new Sender(member.getId(), name, email, null);
    }

    /** A UPN is an address only when it looks like one ({@code name@domain}). */
    private static @Nullable String address(@Nullable String upn) {
        return upn != null && upn.indexOf('@') > 0 ? upn : null;
    }

    private static @Nullable String join(@Nullable String given, @Nullable String surname) {
        String joined = ((given == null ? "" : given) + " " + (surname == null ? "" : surname)).strip();
        return joined.isEmpty() ? null : joined;
    }

    private static @Nullable String firstNonBlank(@Nullable String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
