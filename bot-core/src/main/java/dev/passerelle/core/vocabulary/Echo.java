package dev.passerelle.core.vocabulary;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Makes user text safe to say back: mass mentions ({@code @channel}, {@code @here},
 * {@code @everyone}, Slack's {@code <!channel>} forms and user-group pings) can never notify
 * anyone. Applied by every reply type to every text it holds, so no path can forget it.
 */
public final class Echo {

    private static final Pattern MASS_MENTION = Pattern.compile("(?i)([@!])(channel|here|everyone|all|subteam)\\b");
    private static final Pattern SPECIAL_LINK = Pattern.compile("<\\s*([!#@]|subteam)", Pattern.CASE_INSENSITIVE);
    /** A mass mention as a token of its own: Slack's {@code <!here>} forms, or a typed (or neutralised) {@code @here}. */
    private static final Pattern MASS_MENTION_TOKEN = Pattern.compile(
            "(?i)<\\s*\u2060?!\\s*(?:channel|here|everyone|subteam)[^>]*>|(?<![\\p{L}\\p{N}])@\u2060?(?:channel|here|everyone)\\b");
    /** U+2060 WORD JOINER: invisible, and it breaks the mention token on every platform. */
    private static final String JOINER = "\u2060";

    private Echo() {
    }

    public static String neutralise(String text) {
        String safe = SPECIAL_LINK.matcher(text).replaceAll("<" + JOINER + "$1");
        return MASS_MENTION.matcher(safe).replaceAll("$1" + JOINER + "$2");
    }

    /**
     * The text without its mass mentions, for reading what it asks: "qui connaît @channel la facturation ?" is about
     * invoicing, not channels, and a gap is not titled "@here where is the policy". What is stored keeps the text.
     */
    public static String withoutMassMentions(String text) {
        return MASS_MENTION_TOKEN.matcher(text).replaceAll(" ").replaceAll("[ \t]{2,}", " ").strip();
    }

    public static @Nullable String neutraliseNullable(@Nullable String text) {
        return text == null ? null : neutralise(text);
    }
}
