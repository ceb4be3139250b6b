package dev.passerelle.app.slack;

import dev.passerelle.core.bot.Inbox;
import dev.passerelle.core.bot.KnowledgeBot;
import dev.passerelle.core.conversation.Settings;
import dev.passerelle.slack.PasserelleSlack;
import dev.passerelle.slack.SlackSettings;
import java.util.HashSet;
import java.util.Optional;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Turns Slack on when its tokens are there, over HTTP or Socket Mode; says once why it is off otherwise. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SlackProperties.class)
class SlackConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SlackConfiguration.class);

    @Bean
    SlackSettings slackSettings(SlackProperties properties) {
        return new SlackSettings(properties.signingSecret(), properties.botToken(), properties.appToken(),
                properties.apiUrl(), new HashSet<>(properties.autoAnswerChannels()));
    }

    @Bean(destroyMethod = "close")
    SlackApp slackApp(SlackProperties properties, SlackSettings settings, KnowledgeBot bot, Inbox inbox,
            Settings core) {
        if (!properties.enabled()) {
            return new SlackApp(Optional.empty());
        }
        if (!settings.enabled()) {
            log.info("Slack is off: {}.", settings.whyOff());
            return new SlackApp(Optional.empty());
        }
        PasserelleSlack slack = new PasserelleSlack(settings, bot, inbox, core.fallbackLanguage(),
                Executors.newVirtualThreadPerTaskExecutor());
        slack.start();
        log.info("Slack is on ({}).", settings.socketMode() ? "Socket Mode" : "HTTP at /slack/events");
        return new SlackApp(Optional.of(slack));
    }

    /** The Slack app when it is on; the HTTP edge answers 503 when it is off. */
    record SlackApp(Optional<PasserelleSlack> slack) implements AutoCloseable {
        @Override
        public void close() {
            slack.ifPresent(PasserelleSlack::close);
        }
    }
}
