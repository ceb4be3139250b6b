package dev.passerelle.core.knowledge;

import dev.passerelle.core.search.DocKind;
import dev.passerelle.core.search.KnowledgeIndex;
import dev.passerelle.core.search.SearchQuery;
import dev.passerelle.core.search.SearchResult;
import dev.passerelle.core.vocabulary.Audience;
import dev.passerelle.core.vocabulary.Language;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * Whether two knowledge gaps ask the same thing, as the answer matcher judges it: the question, searched among the
 * gaps, finds the other one first with the confidence the bot needs to give an answer ({@link Confidence}). The same
 * meaningful words always ask the same thing; a reworded question ("how do I reset my VPN password?" and "VPN
 * password reset?") does when the matcher is sure.
 */
public final class SameQuestions {

    private static final int CANDIDATES = 30;

    private final KnowledgeIndex index;
    private final Confidence confidence;

    public SameQuestions(KnowledgeIndex index) {
        this(index, Confidence.calibrated());
    }

    public SameQuestions(KnowledgeIndex index, Confidence confidence) {
        this.index = index;
        this.confidence = confidence;
    }

    /**
     * The gap among the {@code eligible} ones that {@code question} asks again, when the matcher is confident of one;
     * {@code self}, the question's own gap when it has one, is never its own match.
     */
    public Optional<Long> sameAs(String question, Language language, Audience audience, LongPredicate eligible,
            long self) {
        return sameAs(question, language, audience, eligible, self, true);
    }

    /**
     * As {@link #sameAs(String, Language, Audience, LongPredicate, long)}; when {@code fresh} is false, from the
     * index as it shows now ({@link KnowledgeIndex#rankVisible}), which may lack the last few milliseconds' changes.
     */
    public Optional<Long> sameAs(String question, Language language, Audience audience, LongPredicate eligible,
            long self, boolean fresh) {
        SearchQuery query = new SearchQuery(question, language, audience, Set.of(DocKind.QUESTION), CANDIDATES, 0);
        SearchResult result = fresh ? index.rank(query) : index.rankVisible(query);
        List<SearchResult.Match> ranked = result.matches().stream()
                .filter(match -> match.hit().id() != self && eligible.test(match.hit().id()))
                .sorted(Comparator.comparingDouble((SearchResult.Match match) -> match.hit().score()).reversed())
                .limit(2)
                .toList();
        if (ranked.isEmpty()) {
            return Optional.empty();
        }
        Confidence.Level level = confidence.level(Confidence.Features.of(result, ranked));
        return level == Confidence.Level.CONFIDENT ? Optional.of(ranked.getFirst().hit().id()) : Optional.empty();
    }

    /** Whether the two texts hold the same meaningful words: the same question, however it is typed. */
    public boolean sameWords(String one, String other) {
        return index.sameMeaningfulWords(one, other);
    }
}
