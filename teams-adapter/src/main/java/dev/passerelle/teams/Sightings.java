package dev.passerelle.teams;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.RoleTypes;
import dev.passerelle.core.conversation.Address;
import dev.passerelle.core.conversation.Addresses;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.Platform;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where each Teams user was seen, from every activity: the tenant's service URL, the bot's id, and the personal
 * conversation when the activity came from one; also the members a conversation update names. Kept in the core's
 * store, so that a notice reaches them after a restart; an address already written lately, unchanged, is not
 * written again.
 */
final class Sightings {

    private static final Logger log = LoggerFactory.getLogger(Sightings.class);
    private static final Duration REWRITE_AFTER = Duration.ofHours(1);

    private final Addresses addresses;
    private final Executor work;
    private final Cache<String, Address> written = Caffeine.newBuilder().maximumSize(50_000)
            .expireAfterWrite(REWRITE_AFTER).build();

    Sightings(Addresses addresses, Executor work) {
        this.addresses = addresses;
        this.work = work;
    }

    /** Records, off the turn's thread, who the activity shows where; never fails the turn. */
    void seen(Activity activity) {
        List<Address> seen = of(activity);
        if (!seen.isEmpty()) {
            work.execute(() -> seen.forEach(this::write));
        }
    }

    /** The addresses an activity shows: its sender's and the members it adds, bots left out. */
    static List<Address> of(Activity activity) {
        if (activity.getServiceUrl() == null || activity.getServiceUrl().isBlank() || activity.getRecipient() == null
                || activity.getRecipient().getId() == null || activity.getConversation() == null
                || activity.getConversation().getId() == null) {
            return List.of();
        }
        String bot = activity.getRecipient().getId();
        String tenant = TeamsConversation.tenant(activity);
        String direct = TeamsConversation.type(activity) == ChannelType.DIRECT ? activity.getConversation().getId()
                : null;
        List<ChannelAccount> people = new ArrayList<>();
        people.add(activity.getFrom());
        if (activity.getMembersAdded() != null) {
            people.addAll(activity.getMembersAdded());
        }
        Instant now = Instant.now();
        return people.stream().filter(Objects::nonNull)
                .filter(person -> person.getId() != null && !person.getId().isBlank() && !person.getId().equals(bot))
                .filter(person -> person.getRole() != RoleTypes.BOT)
                .map(person -> new Address(Platform.TEAMS, tenant, person.getId(), activity.getServiceUrl(), direct, bot,
                        now))
                .distinct().toList();
    }

    private void write(Address address) {
        String key = address.workspace() + "|" + address.user();
        Address before = written.getIfPresent(key);
        if (before != null && same(before, address)) {
            return;
        }
        try {
            addresses.seen(address);
            String direct = before == null ? null : before.direct();
            written.put(key, address.direct() == null && direct != null ? address.withDirect(direct) : address);
        } catch (RuntimeException e) {
            log.warn("Teams: could not remember where {} in {} was seen: a notice may not reach them",
                    address.user(), address.workspace(), e);
        }
    }

    /** Unchanged for a notice: the same endpoint and bot, and no new direct conversation. */
    private static boolean same(Address before, Address now) {
        return before.endpoint().equals(now.endpoint()) && before.bot().equals(now.bot())
                && (now.direct() == null || now.direct().equals(before.direct()));
    }
}
