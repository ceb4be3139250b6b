package dev.passerelle.core.knowledge;

import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.Audience;
import dev.passerelle.core.search.Hit;
import dev.passerelle.core.search.KnowledgeIndex;
import dev.passerelle.core.search.SearchQuery;
import dev.passerelle.core.vocabulary.Language;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds the entries that answer a question. Only confident matches count: most of the
 * question's meaningful words must appear. BM25 relevance is then weighed by status (verified
 * first), kind (a FAQ answers better than a pain point), freshness and people's feedback.
 */
public final class Answers {

    static final Set<String> ANSWER_KINDS = Set.of("faq", "insight", "pain_point");
    private static final double MINIMUM_MATCH = 0.6;
    private static final int CANDIDATES = 30;
    private static final double HALF_LIFE_DAYS = 730;

    private final EntryRepository entries;
    private final KnowledgeIndex index;
    private final Clock clock;

    public Answers(EntryRepository entries, KnowledgeIndex index, Clock clock) {
        this.entries = entries;
        this.index = index;
        this.clock = clock;
    }

    /** An entry with the score that ranked it. */
    public record Found(Entry entry, double score) {}

    public List<Found> search(String question, Language language, Audience audience, int limit) {
        List<Hit> hits = index.search(new SearchQuery(question, language, audience, ANSWER_KINDS, CANDIDATES,
                MINIMUM_MATCH));
        Map<Long, Hit> byId = hits.stream().collect(Collectors.toMap(Hit::id, Function.identity(), (a, b) -> a));
        return entries.findAll(byId.keySet()).stream()
                .filter(entry -> entry.status() != EntryStatus.ARCHIVED)
                .filter(entry -> audience.sees(entry.channelKey(), entry.restricted()))
                .map(entry -> new Found(entry, rank(entry, byId.get(entry.id()).score())))
                .sorted(Comparator.comparingDouble(Found::score).reversed())
                .limit(limit)
                .toList();
    }

    private double rank(Entry entry, double relevance) {
        double status = switch (entry.status()) {
            case VERIFIED -> 1.5;
            case STALE -> 0.7;
            default -> 1.0;
        };
        double kind = switch (entry.kind()) {
            case FAQ -> 1.2;
            case PAIN_POINT -> 0.6;
            default -> 1.0;
        };
        double days = Math.max(0, (clock.millis() - entry.updatedAt().toEpochMilli()) / 86_400_000.0);
        double freshness = Math.max(0.5, Math.pow(0.5, days / HALF_LIFE_DAYS));
        // Each net "helpful" adds 10%, each net "not helpful" takes 10%, within 0.5 to 2.
        double feedback = Math.min(2.0, Math.max(0.5, 1 + 0.1 * entry.helpful()));
        return Math.round(relevance * status * kind * freshness * feedback * 1000) / 1000.0;
    }
}
