package dev.passerelle.app.slack;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code passerelle.slack.*}. The secrets default to the environment variables Slack's own
 * tooling uses ({@code SLACK_SIGNING_SECRET}, {@code SLACK_BOT_TOKEN}, {@code SLACK_APP_TOKEN}).
 *
 * @param apiUrl             Slack's Web API base URL: GovSlack, a proxy, or a test server
 * @param autoAnswerChannels channel ids where questions get answers without a mention
 */
@ConfigurationProperties("passerelle.slack")
public record SlackProperties(
        @DefaultValue("true") boolean enabled,
        String signingSecret,
        String botToken,
        String appToken,
        String apiUrl,
        @DefaultValue("") List<String> autoAnswerChannels) {}
