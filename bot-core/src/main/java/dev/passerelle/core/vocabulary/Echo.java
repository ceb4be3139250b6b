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
    /** U+2060 WORD JOINER: invisible, and it breaks the mention token on every platform. */
    private static final String JOINER = "\u2060";

    private Echo() {
    }

    public static String neutralise(String text) {
        String safe = SPECIAL_LINK.matcher(text).replaceAll("<" + JOINER + "$1");
        return MASS_MENTION.matcher(safe).replaceAll("$1" + JOINER + "$2");
    }

    public static @Nullable String neutraliseNullable(@Nullable String text) {
        return text == null ? null : neutralise(text);
    }
}
