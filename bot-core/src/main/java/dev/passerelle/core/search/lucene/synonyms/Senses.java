package dev.passerelle.core.search.lucene.synonyms;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What is kept of a dictionary's or a thesaurus' sense: short terms only (one or two words), none carrying a
 * grammar or usage note in brackets, none the same as the word looked up, at most {@link #MAX} of them. Dictionaries
 * list many senses, most of them not the workplace's; the first is the commonest, and a few terms of it are enough.
 */
final class Senses {

    static final int MAX = 3;
    private static final int MAX_WORDS = 2;
    private static final Pattern NOTE = Pattern.compile("[()\\[\\]<>{}/;:\"0-9]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Senses() {
    }

    static List<String> keep(String key, List<String> terms) {
        return keep(key, terms, MAX);
    }

    /** As {@link #keep(String, List)}, at most {@code max} terms. */
    static List<String> keep(String key, List<String> terms, int max) {
        List<String> kept = new ArrayList<>();
        Set<String> keys = new HashSet<>(Set.of(key));
        for (String raw : terms) {
            String term = raw.strip().replace('‐', '-');
            if (kept.size() == max) {
                break;
            }
            if (term.isEmpty() || NOTE.matcher(term).find() || SPACES.split(term).length > MAX_WORDS) {
                continue;
            }
            String termKey = Keys.of(term);
            if (!termKey.isEmpty() && keys.add(termKey)) {
                kept.add(term);
            }
        }
        return List.copyOf(kept);
    }
}
