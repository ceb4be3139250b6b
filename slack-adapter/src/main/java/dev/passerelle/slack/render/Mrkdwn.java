package dev.passerelle.slack.render;

import dev.passerelle.core.vocabulary.Echo;

/**
 * Makes text safe to put into Slack {@code mrkdwn}: nothing a user wrote can become a mention,
 * a channel link or a broadcast, and no text runs past a Block Kit limit.
 */
public final class Mrkdwn {

    private static final String ELLIPSIS = "…";
    /** {@code &amp;} is the longest entity {@link #escape} writes. */
    private static final int LONGEST_ENTITY = 5;

    private Mrkdwn() {
    }

    /**
     * Escapes the three characters Slack reads as markup, so {@code <!channel>}, {@code <@U…>},
     * {@code <#C…>} and {@code <!subteam^…>} cannot form, then breaks {@code @channel},
     * {@code @here} and {@code @everyone}.
     */
    public static String escape(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return Echo.neutralise(escaped);
    }

    /**
     * Cuts text to at most {@code max} characters, the last one an ellipsis. Never splits an
     * entity written by {@link #escape} nor a surrogate pair, so escaped text stays escaped.
     */
    public static String truncate(String text, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("a text limit must be positive, not " + max);
        }
        if (text.length() <= max) {
            return text;
        }
        int end = max - ELLIPSIS.length();
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        int amp = text.lastIndexOf('&', end - 1);
        if (amp >= 0 && end - amp < LONGEST_ENTITY && text.indexOf(';', amp) >= end) {
            end = amp;
        }
        return text.substring(0, end) + ELLIPSIS;
    }

    /** {@link #escape} then {@link #truncate}: the limit applies to what Slack receives. */
    public static String escape(String text, int max) {
        return truncate(escape(text), max);
    }
}
