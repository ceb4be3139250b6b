package dev.passerelle.core.search.lucene.synonyms;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a word or phrase is looked up, in every source alike: lower case, accents folded, split on anything that is not
 * a letter or a digit, elided articles ("l'", "d'", "qu'") dropped and one final plural "s" or "x" taken off, so
 * "Notes de frais", "note de frais" and "notes de frai" meet, and so do "l'imprimante" and "imprimantes". Deliberately
 * cruder than the index's stemmers: the same on both sides of a lookup, and it needs no language.
 */
public final class Keys {

    /** The longest phrase looked up, in words. */
    public static final int MAX_WORDS = 6;

    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Set<String> ELIDED = Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu");

    private Keys() {
    }

    /** The key of a phrase: its tokens joined by one space; empty when it has no letter or digit. */
    public static String of(String phrase) {
        return String.join(" ", tokens(phrase));
    }

    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (String raw : SPLIT.split(folded(text))) {
            if (!raw.isEmpty() && !ELIDED.contains(raw)) {
                tokens.add(singular(raw));
            }
        }
        return tokens;
    }

    /** As {@link dev.passerelle.core.vocabulary.Folding}, without its cost for plain ASCII: dictionaries are big. */
    private static String folded(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) > 127) {
                return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
            }
        }
        return lower;
    }

    private static String singular(String word) {
        boolean plural = (word.endsWith("s") && !word.endsWith("ss")) || word.endsWith("x");
        return plural && word.length() > 3 ? word.substring(0, word.length() - 1) : word;
    }
}
