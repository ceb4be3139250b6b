package dev.passerelle.slack;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How Passerelle reaches Slack. HTTP needs the signing secret and the bot token; Socket Mode the
 * app-level token and the bot token. Tokens come from the environment and are never logged.
 *
 * @param apiUrl             the Web API base URL, e.g. {@code https://slack.com/api/}; null for Slack's own
 * @param autoAnswerChannels channel ids where questions are answered without a mention
 */
public record SlackSettings(@Nullable String signingSecret, @Nullable String botToken, @Nullable String appToken,
        @Nullable String apiUrl, Set<String> autoAnswerChannels) {

    public SlackSettings {
        signingSecret = blankToNull(signingSecret);
        botToken = blankToNull(botToken);
        appToken = blankToNull(appToken);
        apiUrl = blankToNull(apiUrl);
        autoAnswerChannels = Set.copyOf(autoAnswerChannels);
    }

    public boolean socketMode() {
        return appToken != null && botToken != null;
    }

    public boolean http() {
        return !socketMode() && signingSecret != null && botToken != null;
    }

    public boolean enabled() {
        return socketMode() || http();
    }

    /** Why Slack stays off, for the one start-up line that says so. */
    public String whyOff() {
        if (botToken == null) {
            return "SLACK_BOT_TOKEN is not set";
        }
        return "set SLACK_SIGNING_SECRET (HTTP at /slack/events) or SLACK_APP_TOKEN (Socket Mode)";
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "SlackSettings[http=" + http() + ", socketMode=" + socketMode() + ", apiUrl=" + apiUrl + "]";
    }
}
