package dev.passerelle.app.teams;

import dev.passerelle.core.Passerelle;
import dev.passerelle.core.conversation.Settings;
import dev.passerelle.teams.PasserelleTeams;
import dev.passerelle.teams.TeamsSettings;
import java.util.Optional;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Turns Teams on at {@code /api/messages} unless told not to, and says once how it runs: for the registered bot, or
 * (said by the Teams module itself) for unauthenticated local testing.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TeamsProperties.class)
class TeamsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TeamsConfiguration.class);

    @Bean(destroyMethod = "close")
    TeamsApp teamsApp(TeamsProperties properties, Passerelle passerelle, Settings core) {
        if (!properties.enabled()) {
            return new TeamsApp(Optional.empty());
        }
        TeamsSettings settings = new TeamsSettings(properties.appId(), properties.appPassword(), properties.tenantId());
        PasserelleTeams teams = new PasserelleTeams(settings, passerelle.inbox(), passerelle.postedReplies(),
                passerelle.addresses(), passerelle.pendingFiles(), core.fallbackLanguage(),
                Executors.newVirtualThreadPerTaskExecutor());
        if (settings.authenticated()) {
            log.info("Teams is on at /api/messages for bot {}{}.", settings.appId(),
                    settings.tenantId() == null ? "" : " in tenant " + settings.tenantId());
        }
        return new TeamsApp(Optional.of(teams));
    }

    /** The Teams bot when it is on; the HTTP edge answers 503 when it is off. */
    record TeamsApp(Optional<PasserelleTeams> teams) implements AutoCloseable {
        @Override
        public void close() {
            teams.ifPresent(PasserelleTeams::close);
        }
    }
}
