package dev.passerelle.core.understanding;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * A message folded for matching (lower case, no accents, one kind of apostrophe, hyphens and
 * runs of spaces as one space) that remembers where each folded character came from, so a match
 * found in the folded text can be cut out of the original with its case and accents intact.
 */
final class FoldedText {

    private final String original;
    private final String text;
    /** origins[i] is the index in original of folded char i; origins[length] is original's end. */
    private final int[] origins;

    private FoldedText(String original, String text, int[] origins) {
        this.original = original;
        this.text = text;
        this.origins = origins;
    }

    /** Folds a lexicon entry the same way messages are folded, so both sides compare equal. */
    static String fold(String phrase) {
        return of(phrase).text;
    }

    static FoldedText of(String original) {
        var text = new StringBuilder(original.length());
        var origins = new int[original.length() + 1];
        for (int i = 0; i < original.length(); ) {
            int codePoint = original.codePointAt(i);
            String folded = foldCodePoint(codePoint);
            boolean space = folded.equals(" ");
            boolean redundantSpace = space && (text.isEmpty() || text.charAt(text.length() - 1) == ' ');
            if (!redundantSpace) {
                for (char c : folded.toCharArray()) {
                    if (text.length() + 1 >= origins.length) {
                        origins = Arrays.copyOf(origins, origins.length * 2); // œ → oe grows the text
                    }
                    origins[text.length()] = i;
                    text.append(c);
                }
            }
            i += Character.charCount(codePoint);
        }
        if (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
        }
        origins[text.length()] = original.length();
        return new FoldedText(original, text.toString(), origins);
    }

    private static String foldCodePoint(int codePoint) {
        if (codePoint < 0x80) {
            if (codePoint == '-' || Character.isWhitespace(codePoint)) {
                return " ";
            }
            return String.valueOf((char) Character.toLowerCase(codePoint));
        }
        return switch (codePoint) {
            // Phones and Word type curly apostrophes; people type both in the same channel.
            case '\u2019', '\u2018', '\u02BC', '\u00B4', '\u0060' -> "'";
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014' -> " ";
            case '\u0153' -> "oe";
            case '\u00E6' -> "ae";
            default -> foldOther(codePoint);
        };
    }

    private static String foldOther(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            return " "; // French typography puts a (narrow) no-break space before '?', '!' and ':'
        }
        boolean skinTone = codePoint >= 0x1F3FB && codePoint <= 0x1F3FF;
        if (skinTone || Character.getType(codePoint) == Character.FORMAT) {
            return ""; // so that 👍🏽 and a zero-width-joined 👍 still read as 👍
        }
        String decomposed = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    String text() {
        return text;
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    /** The original characters behind folded range [start, end). */
    String original(int start, int end) {
        return original.substring(origins[start], origins[end]);
    }

    /** Where the folded phrase first occurs as whole words at or after from; -1 when it does not. */
    int find(String phrase, int from) {
        if (phrase.isEmpty()) {
            return -1;
        }
        for (int at = text.indexOf(phrase, from); at >= 0; at = text.indexOf(phrase, at + 1)) {
            if (isWholeWordsAt(phrase, at)) {
                return at;
            }
        }
        return -1;
    }

    boolean contains(String phrase) {
        return find(phrase, 0) >= 0;
    }

    boolean startsWith(String phrase) {
        return matchesAt(phrase, 0);
    }

    /** Whether the folded phrase sits at index at, as whole words. */
    boolean matchesAt(String phrase, int at) {
        return !phrase.isEmpty() && text.startsWith(phrase, at) && isWholeWordsAt(phrase, at);
    }

    int count(String phrase) {
        int count = 0;
        for (int at = find(phrase, 0); at >= 0; at = find(phrase, at + phrase.length())) {
            count++;
        }
        return count;
    }

    /**
     * A phrase edge made of a letter must not touch another letter: "pain" is not in "painting",
     * "merci" not in "Mercier", and "can" not in "can't" (an apostrophe followed by a letter
     * continues the word).
     */
    private boolean isWholeWordsAt(String phrase, int at) {
        int end = at + phrase.length();
        boolean startOk = !isWordChar(phrase.charAt(0)) || at == 0 || !isWordChar(text.charAt(at - 1));
        boolean endOk = !isWordChar(phrase.charAt(phrase.length() - 1)) || end == text.length()
                || !continuesWord(end);
        return startOk && endOk;
    }

    private boolean continuesWord(int index) {
        char c = text.charAt(index);
        if (c == '\'') {
            return index + 1 < text.length() && isWordChar(text.charAt(index + 1));
        }
        return isWordChar(c);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
