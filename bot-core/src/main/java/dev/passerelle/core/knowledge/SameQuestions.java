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
import java.util.Map;
import java.util.function.Function;

/**
 * Whether two knowledge gaps ask the same thing, as the answer matcher judges it: the question, searched among the
 * gaps, finds the other one first with the confidence the bot needs to give an answer ({@link Confidence}). The same
 * meaningful words always ask the same thing; a reworded question ("how do I reset my VPN password?" and "VPN
 * password reset?") does when the matcher is sure. Across French and English, the same meaningful words through
 * their translations ask the same thing, as a French question finds an English FAQ.
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
     * {@code self}, the question's own gap when it has one, is never its own match. One of the two questions must
     * also say nothing the other does not ({@link #withinTheOther}): the matcher is sure of a question that shares
     * all words but one each ("a meeting room at headquarters" and "a meeting room in Lyon", "au siège" and "in
     * Lyon"), and those ask different things.
     */
    public Optional<Entry> sameAs(String question, Language language, Audience audience,
            Function<List<Long>, Map<Long, Entry>> eligible, long self) {
        return sameAs(question, language, audience, eligible, self, true);
    }

    /**
     * As {@link #sameAs(String, Language, Audience, Function, long)}; when {@code fresh} is false, from the index
     * as it shows now ({@link KnowledgeIndex#rankVisible}), which may lack the last few milliseconds' changes.
     * {@code eligible} is given the ids of every hit at once and keeps those that may match, by id (one read of the
     * store for all of them).
     */
    public Optional<Entry> sameAs(String question, Language language, Audience audience,
            Function<List<Long>, Map<Long, Entry>> eligible, long self, boolean fresh) {
        SearchQuery query = new SearchQuery(question, language, audience, Set.of(DocKind.QUESTION), CANDIDATES, 0);
        SearchResult result = fresh ? index.rank(query) : index.rankVisible(query);
        List<Long> ids = result.matches().stream().map(match -> match.hit().id()).filter(id -> id != self).toList();
        Map<Long, Entry> candidates = ids.isEmpty() ? Map.of() : eligible.apply(ids);
        List<SearchResult.Match> ranked = result.matches().stream()
                .filter(match -> match.hit().id() != self && candidates.containsKey(match.hit().id()))
                .sorted(Comparator.comparingDouble((SearchResult.Match match) -> match.hit().score()).reversed())
                .limit(2)
                .toList();
        if (ranked.isEmpty()
                || confidence.level(Confidence.Features.of(result, ranked)) != Confidence.Level.CONFIDENT) {
            return Optional.empty();
        }
        return Optional.of(candidates.get(ranked.getFirst().hit().id()))
                .filter(gap -> withinTheOther(question, language, gap));
    }

    /**
     * Whether one of the two questions says nothing the other does not: each of its words has its like in the other,
     * as typed or through translations. Two questions that each hold a word the other lacks ("at headquarters" and
     * "in Lyon", "janvier" and "February") stay apart.
     */
    private boolean withinTheOther(String question, Language language, Entry gap) {
        return index.wordsFoundIn(question, language, gap.title(), gap.language())
                || index.wordsFoundIn(gap.title(), gap.language(), question, language);
    }

    /** Whether the two texts hold the same meaningful words: the same question, however it is typed. */
    public boolean sameWords(String one, String other) {
        return index.sameMeaningfulWords(one, other);
    }

    /**
     * Whether {@code question}, asked in {@code language}, has the same meaningful words as the gap's: as typed, or,
     * asked in the gap's other language, each word through its translations ("comment réserver une salle de réunion
     * au siège" and "how do I book a meeting room at headquarters").
     */
    public boolean sameWords(String question, Language language, Entry gap) {
        return gap.language() == language ? sameWords(gap.title(), question)
                : index.sameMeaningfulWords(question, language, gap.title(), gap.language());
    }
}
