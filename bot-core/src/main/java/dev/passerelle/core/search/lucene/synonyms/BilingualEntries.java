package dev.passerelle.core.search.lucene.synonyms;

import dev.passerelle.core.search.SynonymSource;
import dev.passerelle.core.vocabulary.Language;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The translations of a language's words, from the dictionary out of that language read with the dictionary into it:
 * a word's own entry gives its translations sense by sense (the first term of every sense before the second of any,
 * so "vieux"'s second sense, "old", is not lost behind five words for "decrepit"), and the other dictionary, read
 * backwards, adds the words whose entries translate back to it ("old" is found under "vieux" and "vieille"). A
 * translation both dictionaries give is {@link Alternative#confirmed() confirmed}, and comes first: two dictionaries
 * made apart agreeing is the surest sign that the sense is the common one. Entries with the same headword ("marié"
 * the adjective and the noun) are one.
 */
final class BilingualEntries {

    /** Translations kept per word: the confirmed ones, then a few of each dictionary's. */
    static final int MAX = 5;

    /** One dictionary entry: its headword as written, and its senses, each a list of terms. */
    record Entry(String headword, List<List<String>> senses) {}

    private BilingualEntries() {
    }

    /**
     * The translations into {@code to} of each word of {@code from}, by {@link Keys key}: {@code forward} is the
     * dictionary from {@code from} to {@code to}, {@code backward} the one from {@code to} to {@code from} (either
     * may be empty).
     */
    static Map<String, List<Alternative>> translations(List<Entry> forward, List<Entry> backward, Language to) {
        Map<String, List<String>> own = new LinkedHashMap<>();
        for (Entry entry : forward) {
            String key = Keys.of(entry.headword());
            if (!key.isEmpty()) {
                own.computeIfAbsent(key, k -> new ArrayList<>()).addAll(bySense(entry.senses()));
            }
        }
        Map<String, List<String>> reversed = new LinkedHashMap<>();
        for (Entry entry : backward) {
            // A backward headword is a translation of each of its terms; its first sense's terms first.
            for (String term : bySense(entry.senses())) {
                String key = Keys.of(term);
                if (!key.isEmpty() && Keys.of(entry.headword()).length() > 0) {
                    reversed.computeIfAbsent(key, k -> new ArrayList<>()).add(entry.headword());
                }
            }
        }
        Set<String> keys = new LinkedHashSet<>(own.keySet());
        keys.addAll(reversed.keySet());
        Map<String, List<Alternative>> translations = new HashMap<>();
        for (String key : keys) {
            List<Alternative> kept = merge(key, own.getOrDefault(key, List.of()), reversed.getOrDefault(key, List.of()),
                    to);
            if (!kept.isEmpty()) {
                translations.put(key, kept);
            }
        }
        return Map.copyOf(translations);
    }

    /** Confirmed translations first, in the word's own entry's order, then its own entry's, then the others. */
    static List<Alternative> merge(String key, List<String> own, List<String> reversed, Language to) {
        List<String> ownKept = Senses.keep(key, own, Integer.MAX_VALUE);
        List<String> reversedKept = Senses.keep(key, reversed, Integer.MAX_VALUE);
        Set<String> reversedKeys = new LinkedHashSet<>(reversedKept.stream().map(Keys::of).toList());
        Map<String, Alternative> kept = new LinkedHashMap<>();
        for (String term : ownKept) {
            if (reversedKeys.contains(Keys.of(term))) {
                kept.putIfAbsent(Keys.of(term), new Alternative(term, to, SynonymSource.FREEDICT, true));
            }
        }
        addUpTo(kept, ownKept, Senses.MAX, to);
        addUpTo(kept, reversedKept, MAX, to);
        return List.copyOf(kept.values()).subList(0, Math.min(MAX, kept.size()));
    }

    private static void addUpTo(Map<String, Alternative> kept, List<String> terms, int size, Language to) {
        for (String term : terms) {
            if (kept.size() >= size) {
                return;
            }
            kept.putIfAbsent(Keys.of(term), new Alternative(term, to, SynonymSource.FREEDICT, false));
        }
    }

    /** The terms of all senses, the first term of each sense first, then the second of each, and so on. */
    static List<String> bySense(List<List<String>> senses) {
        List<String> terms = new ArrayList<>();
        int longest = senses.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < longest; i++) {
            for (List<String> sense : senses) {
                if (i < sense.size()) {
                    terms.add(sense.get(i));
                }
            }
        }
        return terms;
    }
}
