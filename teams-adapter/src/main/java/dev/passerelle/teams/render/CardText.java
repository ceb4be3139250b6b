package dev.passerelle.teams.render;

import dev.passerelle.core.vocabulary.Echo;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes text safe for an Adaptive Card {@code TextBlock} (and a Teams message), which render a subset of
 * Markdown: what a user wrote can never become emphasis, a link, a list, or a mention, and no text runs past
 * its limit.
 */
public final class CardText {

    private static final String ELLIPSIS = "…";
    /** Characters Markdown reads as markup anywhere in a line. */
    private static final Pattern INLINE = Pattern.compile("([\\\\*_\\[\\]<>`~])");
    /** Line starts Markdown reads as a list or a heading ({@code >} is escaped anywhere already). */
    private static final Pattern LINE_START = Pattern.compile("(?m)^(\\s*)([-+#]|\\d+\\.)(?=\\s|$)");

    private CardText() {
    }

    /** Escapes Markdown with backslashes and breaks mass mentions ({@code @channel}, {@code @here}…). */
    public static String escape(String text) {
        String escaped = INLINE.matcher(Echo.neutralise(text)).replaceAll("\\\\$1");
        return LINE_START.matcher(escaped).replaceAll(match -> Matcher.quoteReplacement(match.group(1)
                + (match.group(2).endsWith(".") ? match.group(2).replace(".", "\\.") : "\\" + match.group(2))));
    }

    /**
     * Each line of Markdown kept a line: Teams joins lines a single line break separates (outside a Markdown
     * list), so every break becomes the blank line Teams shows as one.
     */
    public static String lines(String markdown) {
        return markdown.replaceAll("\\R+", "\n\n");
    }

    /** Cuts first, then escapes, so the cut never splits an escape; never splits a surrogate pair either. */
    public static String escape(String text, int max) {
        return escape(truncate(text, max));
    }

    public static String truncate(String text, int max) {
        if (max < 2) {
            throw new IllegalArgumentException("a text limit must be at least 2, not " + max);
        }
        if (text.length() <= max) {
            return text;
        }
        int end = max - ELLIPSIS.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + ELLIPSIS;
    }
}
