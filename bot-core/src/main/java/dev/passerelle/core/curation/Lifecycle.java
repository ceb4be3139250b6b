package dev.passerelle.core.curation;

import dev.passerelle.core.conversation.VerificationTtl;
import dev.passerelle.core.expertise.ExpertFinder;
import dev.passerelle.core.knowledge.EntryRepository;
import dev.passerelle.core.knowledge.lifecycle.Freshness;
import dev.passerelle.core.knowledge.lifecycle.LifecycleRepository;
import dev.passerelle.core.people.PeopleRepository;
import dev.passerelle.core.people.Recipients;
import dev.passerelle.core.vocabulary.Language;
import java.time.Clock;

/**
 * The knowledge lifecycle, assembled once: verifications that expire ({@code stale}, re-verifying), the reminders
 * of expired ones and the weekly digest, both run as routines.
 */
public final class Lifecycle {

    private final Freshness freshness;
    private final StaleCommands commands;
    private final Reminders reminders;
    private final Digests digests;

    public Lifecycle(EntryRepository entries, PeopleRepository people, LifecycleRepository lifecycle, AuditLog audit,
            ExpertFinder experts, VerificationTtl ttl, Language fallback, Clock clock) {
        this.freshness = new Freshness(lifecycle, ttl, clock);
        this.commands = new StaleCommands(entries, lifecycle, freshness, ttl, audit);
        this.reminders = new Reminders(entries, lifecycle, freshness, commands, new Recipients(people), fallback);
        this.digests = new Digests(entries, people, lifecycle, experts, clock);
    }

    /** Whether verifications still hold; marks answers with stale entries. */
    public Freshness freshness() {
        return freshness;
    }

    public Reminders reminders() {
        return reminders;
    }

    public Digests digests() {
        return digests;
    }

    StaleCommands commands() {
        return commands;
    }
}
