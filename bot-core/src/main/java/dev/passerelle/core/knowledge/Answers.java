package dev.passerelle.core.knowledge;

import dev.passerelle.core.search.DocKind;
import dev.passerelle.core.search.Hit;
import dev.passerelle.core.search.KnowledgeIndex;
import dev.passerelle.core.search.SearchQuery;
import dev.passerelle.core.vocabulary.Audience;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.Language;
import java.time.Clock;
import java.time.Instant;
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

    static final Set<DocKind> ANSWER_KINDS = Set.of(DocKind.FAQ, DocKind.INSIGHT, DocKind.PAIN_POINT);
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
                .map(entry -> new Found(entry, rank(entry, byId.get(entry.id()).score(), clock)))
                .sorted(Comparator.comparingDouble(Found::score).reversed())
                .limit(limit)
                .toList();
    }

    static double rank(Entry entry, double relevance, Clock clock) {
        double score = relevance * status(entry.status()) * kind(entry.kind()) * freshness(entry.updatedAt(), clock)
                * feedback(entry.helpful());
        return Math.round(score * 1000) / 1000.0;
    }

    /** Checked knowledge first; stale knowledge may mislead, so it sinks below a draft. */
    static double status(EntryStatus status) {
        return switch (status) {
            case VERIFIED -> 1.5;
            case STALE -> 0.7;
            case DRAFT, ARCHIVED, OPEN, ANSWERED -> 1.0;
        };
    }

    /** A FAQ is written as an answer; a pain point only says the problem is known. */
    static double kind(EntryKind kind) {
        return switch (kind) {
            case FAQ -> 1.2;
            case PAIN_POINT -> 0.6;
            case INSIGHT, QUESTION -> 1.0;
        };
    }

    /** Halves every two years, never below half: an old answer that still matches is still worth showing. */
    static double freshness(Instant updatedAt, Clock clock) {
        double days = Math.max(0, (clock.millis() - updatedAt.toEpochMilli()) / 86_400_000.0);
        return Math.max(0.5, Math.pow(0.5, days / HALF_LIFE_DAYS));
    }

    /** Each net "helpful" adds 10%, each net "not helpful" takes 10%, within 0.5 to 2. */
    static double feedback(int helpful) {
        return Math.min(2.0, Math.max(0.5, 1 + 0.1 * helpful));
    }
}
