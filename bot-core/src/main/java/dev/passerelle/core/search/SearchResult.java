package dev.passerelle.core.search;

import java.util.List;

/**
 * Ranked hits with what each matched of the question, so that confidence is decided after ranking
 * from the list itself rather than by a gate before it. Words weigh by their inverse document
 * frequency in the index: a word most documents hold says little, a word none holds says the
 * question is about something the index does not know.
 *
 * @param words     the question's meaningful words
 * @param weight    the sum of their weights (IDF)
 * @param bestScore the relevance a document matching every word in its best field would reach
 * @param matches   the hits, best first, each with its match
 */
public record SearchResult(int words, double weight, double bestScore, List<Match> matches) {

    public SearchResult {
        matches = List.copyOf(matches);
    }

    /** Nothing to search for: no meaningful word. */
    public static SearchResult empty() {
        return new SearchResult(0, 0, 0, List.of());
    }

    public List<Hit> hits() {
        return matches.stream().map(Match::hit).toList();
    }

    /**
     * One hit and the part of the question it holds.
     *
     * @param words       how many of the question's words it holds, in any field
     * @param titleWeight the weight of the words it holds in its title or an alternate question
     * @param weight      the weight of the words it holds in any field
     */
    public record Match(Hit hit, int words, double titleWeight, double weight) {}
}
