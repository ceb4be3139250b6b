package dev.passerelle.slack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slack's message markup to plain text as the core reads it: entities decoded, links and channel
 * references spelled out, user mentions kept as {@code @U123} (never re-formed into pings), and
 * the leading mention of the bot removed.
 */
public final class SlackText {

    private static final Pattern LINK = Pattern.compile("<(https?://[^|>]+)(?:\\|([^>]*))?>");
    private static final Pattern CHANNEL = Pattern.compile("<#([A-Z0-9]+)(?:\\|([^>]*))?>");
    private static final Pattern USER = Pattern.compile("<@([A-Z0-9]+)(?:\\|[^>]*)?>");
    private static final Pattern SPECIAL = Pattern.compile("<!(\\w+)(?:\\^[^|>]*)?(?:\\|([^>]*))?>");

    private SlackText() {
    }

    /** True when the text mentions this user (the bot) anywhere. */
    public static boolean mentions(String text, String userId) {
        return userId != null && (text.contains("<@" + userId + ">") || text.contains("<@" + userId + "|"));
    }

    /** The text without the bot's mentions, in plain text. */
    public static String plain(String text, String botUserId) {
        String withoutBot = botUserId == null ? text : text.replaceAll("<@" + Pattern.quote(botUserId) + "(\\|[^>]*)?>[,:]?", " ");
        String result = replace(LINK, withoutBot, m -> m.group(2) == null || m.group(2).isBlank() ? m.group(1)
                : m.group(2) + " (" + m.group(1) + ")");
        result = replace(CHANNEL, result, m -> "#" + (m.group(2) == null || m.group(2).isBlank() ? m.group(1) : m.group(2)));
        result = replace(USER, result, m -> "@" + m.group(1));
        result = replace(SPECIAL, result, m -> "@" + (m.group(2) == null ? m.group(1) : m.group(2).replaceFirst("^@", "")));
        return result.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip();
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<java.util.regex.MatchResult, String> with) {
        return pattern.matcher(text).replaceAll(match -> Matcher.quoteReplacement(with.apply(match)));
    }
}
