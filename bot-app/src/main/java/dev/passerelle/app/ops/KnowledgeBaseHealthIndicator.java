package dev.passerelle.app.ops;

import dev.passerelle.core.Passerelle;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Up when the knowledge base answers; shows how far the search index has followed the change log. */
@Component
class KnowledgeBaseHealthIndicator implements HealthIndicator {

    private final Passerelle passerelle;

    KnowledgeBaseHealthIndicator(Passerelle passerelle) {
        this.passerelle = passerelle;
    }

    @Override
    public Health health() {
        passerelle.index().catchUp();
        return Health.up().withDetail("indexChange", passerelle.index().lastApplied()).build();
    }
}
