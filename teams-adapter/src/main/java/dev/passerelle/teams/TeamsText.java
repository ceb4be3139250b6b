package dev.passerelle.teams;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Mention;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Teams message text to plain text as the core reads it: the bot's {@code <at>…</at>} mentions removed, other
 * people's kept as {@code @Name} (never re-formed into pings), HTML reduced to its text and entities decoded.
 */
final class TeamsText {

    private static final Pattern AT = Pattern.compile("<at[^>]*>(.*?)</at>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern LINE_BREAK = Pattern.compile("<br\\s*/?>|</(p|div|li|h\\d)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]{0,1000}>");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x[0-9a-fA-F]{1,6}|[0-9]{1,7});");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private TeamsText() {
    }

    /** The activity's text without the mention of the bot it was addressed to. */
    static String plain(Activity activity) {
        String text = activity.getText() == null ? "" : activity.getText();
        String bot = botId(activity);
        for (Mention mention : mentions(activity)) {
            if (mention.getText() == null || mention.getText().isEmpty()) {
                continue;
            }
            boolean ofBot = mention.getMentioned() != null && Objects.equals(mention.getMentioned().getId(), bot);
            text = text.replace(mention.getText(), ofBot ? " " : "@" + innerText(mention.getText()));
        }
        return decode(AT.matcher(text).replaceAll(match -> Matcher.quoteReplacement("@" + match.group(1))))
                .replaceAll("[ \\t]{2,}", " ").replaceAll("[ \\t]+\\n", "\n").strip();
    }

    /** True when the bot is among the message's mentions. */
    static boolean mentionsBot(Activity activity) {
        String bot = botId(activity);
        return bot != null && mentions(activity).stream()
                .map(Mention::getMentioned)
                .filter(Objects::nonNull)
                .anyMatch(mentioned -> bot.equals(mentioned.getId()));
    }

    /** A message's HTML body (as the message extension sends it) to plain text. */
    static String fromHtml(@Nullable String html) {
        if (html == null) {
            return "";
        }
        String text = AT.matcher(html).replaceAll(match -> Matcher.quoteReplacement("@" + match.group(1)));
        text = LINE_BREAK.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        return BLANK_LINES.matcher(decode(text).replace("\r", "")).replaceAll("\n\n").strip();
    }

    private static String innerText(String mentionText) {
        return TAG.matcher(mentionText).replaceAll("").strip();
    }

    private static List<Mention> mentions(Activity activity) {
        try {
            return activity.getEntities() == null ? List.of() : activity.getMentions();
        } catch (RuntimeException e) {
            // An entity the SDK cannot read as a mention is no mention of the bot.
            return List.of();
        }
    }

    private static @Nullable String botId(Activity activity) {
        ChannelAccount recipient = activity.getRecipient();
        return recipient == null ? null : recipient.getId();
    }

    /** Entities last, so that decoded text is never read as markup again. */
    private static String decode(String text) {
        String decoded = NUMERIC_ENTITY.matcher(text).replaceAll(match -> {
            String code = match.group(1);
            int point = code.startsWith("x") ? Integer.parseInt(code.substring(1), 16) : Integer.parseInt(code);
            return Character.isValidCodePoint(point) ? Matcher.quoteReplacement(Character.toString(point)) : "";
        });
        return decoded.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&apos;", "'").replace("&amp;", "&");
    }
}
