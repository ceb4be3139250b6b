package dev.passerelle.app.config;

import dev.passerelle.core.Passerelle;
import dev.passerelle.core.bot.Routines;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Platform;
import java.time.Duration;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/**
 * When the lifecycle's routines run: the reminders of expired verifications every
 * {@code passerelle.verification.remind-every}, the digest on {@code passerelle.digest.cron} in each platform's
 * channel configured. Each routine only queues its work on the inbox and is idempotent through the database, so a
 * run a restart or a second replica repeats changes nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class LifecycleScheduling implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(LifecycleScheduling.class);

    private final Routines routines;
    private final PasserelleProperties properties;

    LifecycleScheduling(Passerelle passerelle, PasserelleProperties properties) {
        this.routines = passerelle.routines();
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        Duration every = properties.verification().remindEvery();
        if (!every.isZero() && !every.isNegative()) {
            tasks.addFixedDelayTask(routines::remind, every);
        }
        PasserelleProperties.Digest digest = properties.digest();
        CronTrigger when = new CronTrigger(digest.cron(), ZoneId.of(digest.zone()));
        Language language = language(digest.language().isBlank() ? properties.language() : digest.language());
        digestIn(tasks, when, Platform.SLACK, digest.slackChannel(), language);
        digestIn(tasks, when, Platform.TEAMS, digest.teamsChannel(), language);
    }

    private void digestIn(ScheduledTaskRegistrar tasks, CronTrigger when, Platform platform, String channel,
            Language language) {
        if (channel.isBlank()) {
            return;
        }
        tasks.addCronTask(new CronTask(() -> routines.digest(platform, channel.strip(), language), when));
        log.info("The weekly digest goes to {} channel {} ({})", platform.code(), channel.strip(), when.getExpression());
    }

    private static Language language(String code) {
        return Language.fromCode(code).orElseThrow(() -> new IllegalArgumentException(
                "passerelle.digest.language must be fr or en, not '" + code + "'"));
    }
}
