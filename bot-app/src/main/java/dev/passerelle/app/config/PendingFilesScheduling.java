package dev.passerelle.app.config;

import dev.passerelle.core.Passerelle;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Forgets, every {@link #EVERY}, the files offered for consent (Teams exports) that nobody answered within a day.
 * The routine runs on the inbox's worker and only deletes what is too old, so a restart or a second replica running
 * it too does no harm.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PendingFilesScheduling implements SchedulingConfigurer {

    static final Duration EVERY = Duration.ofHours(1);

    private final Passerelle passerelle;

    PendingFilesScheduling(Passerelle passerelle) {
        this.passerelle = passerelle;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(
                () -> passerelle.inbox().run(passerelle.pendingFilesExpiry(Clock.systemUTC())), EVERY, Duration.ofMinutes(1)));
    }
}
