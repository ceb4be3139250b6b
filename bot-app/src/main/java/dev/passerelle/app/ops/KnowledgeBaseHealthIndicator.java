package dev.passerelle.app.ops;

import dev.passerelle.core.bot.Inbox;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Up while the inbox's worker runs; shows how much work waits and whether the search index has followed. Reads
 * counters only, never the database or the index, so it answers at once however busy the bot is.
 */
@Component
class KnowledgeBaseHealthIndicator implements HealthIndicator {

    private final Inbox inbox;

    KnowledgeBaseHealthIndicator(Inbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public Health health() {
        Inbox.Status status = inbox.status();
        Health.Builder health = status.working() ? Health.up() : Health.down();
        return health.withDetail("backlog", status.backlog())
                .withDetail("waitingForAnswers", status.waitingForAnswers())
                .withDetail("applied", status.applied())
                .withDetail("indexCurrent", status.indexCurrent())
                .withDetail("appliedTogether", status.appliedTogether())
                .build();
    }
}
