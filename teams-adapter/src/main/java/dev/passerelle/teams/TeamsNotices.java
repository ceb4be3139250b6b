package dev.passerelle.teams;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.connector.Channels;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import dev.passerelle.core.conversation.Address;
import dev.passerelle.core.conversation.Addresses;
import dev.passerelle.core.conversation.Notice;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Recipient;
import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.Platform;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the core tells people on Teams outside the turn they are in (proactive messages): a notice to a person goes
 * to their personal chat with the bot, opened first when they never chatted with it (through the service URL last
 * seen in their tenant); a notice to a conversation goes there. What nothing is known to reach is logged, ids
 * only, and left. The posted reply is remembered like any other, so that its buttons and reactions work.
 */
final class TeamsNotices {

    private static final Logger log = LoggerFactory.getLogger(TeamsNotices.class);

    private final PasserelleAdapter adapter;
    private final Addresses addresses;
    private final Replies replies;
    private final RecentMessages recent;
    private final Executor work;

    TeamsNotices(PasserelleAdapter adapter, Addresses addresses, Replies replies, RecentMessages recent,
            Executor work) {
        this.adapter = adapter;
        this.addresses = addresses;
        this.replies = replies;
        this.recent = recent;
        this.work = work;
    }

    /** The Teams notices of an outcome, each on its own: one failing keeps none of the others from going out. */
    void deliverAll(Outcome outcome) {
        outcome.noticesOn(Platform.TEAMS).forEach(notice -> work.execute(() -> deliver(notice)));
    }

    /** Sends one notice; completes when it went out or was given up (never exceptionally). */
    CompletableFuture<Void> deliver(Notice notice) {
        Recipient to = notice.to();
        CompletableFuture<Void> sent;
        try {
            sent = to.channel() != null ? inConversation(notice, to.channel())
                    : toPerson(notice, to.workspace(), to.user());
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        return sent.exceptionally(error -> {
            log.warn("Teams: a notice to {} in {} (conversation {}) could not be sent", to.user(), to.workspace(),
                    to.channel(), PasserelleTeams.unwrap(error));
            return null;
        });
    }

    private CompletableFuture<Void> toPerson(Notice notice, String tenant, String user) {
        Optional<Address> known = addresses.of(Platform.TEAMS, tenant, user);
        if (known.isPresent() && known.get().direct() != null) {
            Address address = known.get();
            return adapter.continueIn(reference(address.endpoint(), tenant, address.bot(), address.direct(), user),
                    turn -> post(turn, notice, ChannelType.DIRECT));
        }
        Optional<Address> tenantWide = known.or(() -> addresses.latestIn(Platform.TEAMS, tenant));
        if (tenantWide.isEmpty()) {
            unreachable(tenant, user, null);
            return CompletableFuture.completedFuture(null);
        }
        Address through = tenantWide.get();
        return adapter.openPersonal(through.endpoint(), tenant, through.bot(), user, turn -> {
            String opened = turn.getActivity().getConversation().getId();
            addresses.seen(new Address(Platform.TEAMS, tenant, user, through.endpoint(), opened, through.bot(),
                    java.time.Instant.now()));
            return post(turn, notice, ChannelType.DIRECT);
        });
    }

    private CompletableFuture<Void> inConversation(Notice notice, String conversation) {
        String tenant = notice.to().workspace();
        Optional<Address> through = addresses.latestIn(Platform.TEAMS, tenant);
        if (through.isEmpty()) {
            unreachable(tenant, notice.to().user(), conversation);
            return CompletableFuture.completedFuture(null);
        }
        return adapter.continueIn(reference(through.get().endpoint(), tenant, through.get().bot(), conversation,
                notice.to().user()), turn -> post(turn, notice, ChannelType.PUBLIC));
    }

    private CompletableFuture<Void> post(TurnContext turn, Notice notice, ChannelType type) {
        Activity activity = replies.activity(notice.reply(), notice.language());
        return turn.sendActivity(activity).thenAccept(sent -> {
            if (sent != null && sent.getId() != null) {
                String conversation = turn.getActivity().getConversation().getId();
                ChannelRef where = new ChannelRef(Platform.TEAMS, notice.to().workspace(), conversation, type);
                recent.rememberReply(where.key(), sent.getId(), notice.reply().text(), notice.reply().thread(),
                        replies.posted(notice.reply(), activity).card());
            }
        });
    }

    private static ConversationReference reference(String serviceUrl, String tenant, String bot, String conversation,
            @org.jspecify.annotations.Nullable String user) {
        ConversationReference reference = new ConversationReference();
        reference.setChannelId(Channels.MSTEAMS);
        reference.setServiceUrl(serviceUrl);
        reference.setBot(new ChannelAccount(bot));
        if (user != null) {
            reference.setUser(new ChannelAccount(user));
        }
        ConversationAccount account = new ConversationAccount(conversation);
        account.setTenantId(tenant);
        reference.setConversation(account);
        return reference;
    }

    private static void unreachable(String tenant, @org.jspecify.annotations.Nullable String user,
            @org.jspecify.annotations.Nullable String conversation) {
        log.info("Teams: a notice to {} in tenant {} (conversation {}) was not sent: the bot has never seen them or "
                + "anyone of that tenant, so it has no address to reach them", user, tenant, conversation);
    }
}
