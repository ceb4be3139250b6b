package dev.passerelle.core.knowledge;

import dev.passerelle.core.search.DocKind;
import dev.passerelle.core.search.KnowledgeIndex;
import dev.passerelle.core.search.SearchQuery;
import dev.passerelle.core.search.SearchResult;
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
 * Finds the entries that answer a question. Every candidate comes from BM25 over all the question's
 * meaningful words, with no share of them required; relevance is then weighed by status (verified
 * first), kind (a FAQ answers better than a pain point), freshness and people's feedback, and only
 * then does {@link Confidence} decide, from the ranked list, whether it is an answer, suggestions,
 * or nothing.
 */
public final class Answers {

    static final Set<DocKind> ANSWER_KINDS = Set.of(DocKind.FAQ, DocKind.INSIGHT, DocKind.PAIN_POINT);
    private static final int CANDIDATES = 30;
    private static final double HALF_LIFE_DAYS = 730;

    private final EntryRepository entries;
    private final KnowledgeIndex index;
    private final Clock clock;
    private final Confidence confidence;

    public Answers(EntryRepository entries, KnowledgeIndex index, Clock clock, Confidence confidence) {
        this.entries = entries;
        this.index = index;
        this.clock = clock;
        this.confidence = confidence;
    }

    public Answers(EntryRepository entries, KnowledgeIndex index, Clock clock) {
        this(entries, index, clock, Confidence.calibrated());
    }

    /** An entry with the score that ranked it. */
    public record Found(Entry entry, double score) {}

    /**
     * The ranked answers, best first, and how sure the bot is of the first.
     *
     * @param found    at most the limit asked for; may be non-empty when the level is {@code NONE}
     * @param features what the level was decided from
     */
    public record Ranked(List<Found> found, Confidence.Level level, Confidence.Features features) {

        public Ranked {
            found = List.copyOf(found);
        }

        /** What the bot shows: the answers unless it has no idea. */
        public List<Found> shown() {
            return level == Confidence.Level.NONE ? List.of() : found;
        }
    }

    /** What the bot shows for this question: the ranked answers, unless it is not even likely they help. */
    public List<Found> search(String question, Language language, Audience audience, int limit) {
        return rank(question, language, audience, limit).shown();
    }

    public Ranked rank(String question, Language language, Audience audience, int limit) {
        SearchResult result = index.rank(new SearchQuery(question, language, audience, ANSWER_KINDS, CANDIDATES, 0));
        Map<Long, SearchResult.Match> byId = result.matches().stream()
                .collect(Collectors.toMap(match -> match.hit().id(), Function.identity(), (a, b) -> a));
        List<Found> ranked = entries.findAll(byId.keySet()).stream()
                .filter(entry -> entry.status() != EntryStatus.ARCHIVED)
                .filter(entry -> audience.sees(entry.channelKey(), entry.restricted()))
                .map(entry -> new Found(entry, rank(entry, byId.get(entry.id()).hit().score(), clock)))
                .sorted(Comparator.comparingDouble(Found::score).reversed())
                .toList();
        Confidence.Features features = Confidence.Features.of(result,
                ranked.stream().limit(2).map(found -> byId.get(found.entry().id())).toList());
        return new Ranked(ranked.stream().limit(limit).toList(), confidence.level(features), features);
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
