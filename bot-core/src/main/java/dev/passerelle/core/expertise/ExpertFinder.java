package dev.passerelle.core.expertise;

import dev.passerelle.core.search.DocKind;
import dev.passerelle.core.search.DocStatus;
import dev.passerelle.core.search.Hit;
import dev.passerelle.core.search.KnowledgeIndex;
import dev.passerelle.core.search.SearchQuery;
import dev.passerelle.core.vocabulary.Audience;
import dev.passerelle.core.vocabulary.Language;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks people for a topic from what the index holds about them: entries they wrote, answers they
 * gave in threads (more when the asker confirmed), skills they declared. Each piece of evidence
 * counts by its relevance, its kind and its age; a person's pieces add up with diminishing returns
 * so that one prolific bystander does not outrank a focused expert.
 */
public final class ExpertFinder {

    static final Set<DocKind> EVIDENCE_KINDS =
            Set.of(DocKind.FAQ, DocKind.INSIGHT, DocKind.PAIN_POINT, DocKind.ANSWER, DocKind.SKILL);
    private static final int CANDIDATE_HITS = 300;
    /** A "who knows X" topic is short: most of it must match. */
    private static final double TOPIC_MATCH = 0.5;
    /** An unanswered question is long: people who know any of its key words are worth suggesting. */
    private static final double QUESTION_MATCH = 0;
    private static final double DIMINISHING = 0.7;
    private static final double HALF_LIFE_DAYS = 365;
    private static final double RECENCY_FLOOR = 0.35;
    private static final int PROOFS = 3;

    private final KnowledgeIndex index;
    private final Clock clock;

    public ExpertFinder(KnowledgeIndex index, Clock clock) {
        this.index = index;
        this.clock = clock;
    }

    /** A ranked person with their strongest pieces of evidence, strongest first. */
    public record Expert(long personId, double score, List<Hit> proofs) {}

    public List<Expert> find(String topic, Language language, Audience audience, long excludedPerson, int limit) {
        return rank(topic, TOPIC_MATCH, language, audience, excludedPerson, limit);
    }

    /** People who may help with a question nothing answered. */
    public List<Expert> suggest(String question, Language language, Audience audience, long excludedPerson, int limit) {
        return rank(question, QUESTION_MATCH, language, audience, excludedPerson, limit);
    }

    private List<Expert> rank(String text, double minimumMatch, Language language, Audience audience,
            long excludedPerson, int limit) {
        List<Hit> hits = index.search(new SearchQuery(text, language, audience, EVIDENCE_KINDS, CANDIDATE_HITS,
                minimumMatch));
        double best = hits.stream().mapToDouble(Hit::score).max().orElse(1);
        Map<Long, List<Scored>> byPerson = new LinkedHashMap<>();
        for (Hit hit : hits) {
            if (hit.personId() == excludedPerson || hit.status() == DocStatus.ARCHIVED) {
                continue;
            }
            double contribution = hit.score() / best * weight(hit.kind(), hit.status())
                    * recency(hit.kind(), hit.updatedAtMillis(), clock);
            byPerson.computeIfAbsent(hit.personId(), id -> new ArrayList<>()).add(new Scored(hit, contribution));
        }
        return byPerson.entrySet().stream()
                .map(e -> expert(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingDouble(Expert::score).reversed())
                .limit(limit)
                .toList();
    }

    private static Expert expert(long personId, List<Scored> pieces) {
        pieces.sort(Comparator.comparingDouble(Scored::contribution).reversed());
        double total = 0;
        double factor = 1;
        for (Scored piece : pieces) {
            total += piece.contribution() * factor;
            factor *= DIMINISHING;
        }
        return new Expert(personId, Math.round(total * 1000) / 1000.0,
                pieces.stream().limit(PROOFS).map(Scored::hit).toList());
    }

    /** What one piece of evidence says of its author, before its relevance and its age. */
    static double weight(DocKind kind, DocStatus status) {
        return switch (kind) {
            case FAQ -> status == DocStatus.VERIFIED ? 3.9 : 3.0;
            case INSIGHT -> status == DocStatus.VERIFIED ? 2.6 : 2.0;
            case ANSWER -> status == DocStatus.CONFIRMED ? 4.0 : 2.0;
            case SKILL -> 2.5;
            case PAIN_POINT -> 0.5;
            // Asking shows no knowledge: questions are not searched as evidence, and would count for nothing.
            case QUESTION -> 0;
        };
    }

    /**
     * Knowledge goes out of date: evidence halves in weight every year, but an old answer still says
     * more than nothing, hence the floor. A declared skill stands until its owner removes it, so it does not fade.
     */
    static double recency(DocKind kind, long updatedAtMillis, Clock clock) {
        return switch (kind) {
            case SKILL -> 1;
            case FAQ, INSIGHT, PAIN_POINT, QUESTION, ANSWER -> {
                double days = Math.max(0, (clock.millis() - updatedAtMillis) / 86_400_000.0);
                yield Math.max(RECENCY_FLOOR, Math.pow(0.5, days / HALF_LIFE_DAYS));
            }
        };
    }

    private record Scored(Hit hit, double contribution) {}
}
