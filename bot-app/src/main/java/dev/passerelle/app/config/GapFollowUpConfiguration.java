package dev.passerelle.app.config;

import dev.passerelle.core.Passerelle;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Passes routed questions nobody answered within {@code passerelle.routing.follow-up} to the next likely expert:
 * every {@code passerelle.routing.check-every}, the follow-up runs as a routine on the inbox's worker, in one
 * transaction. It is idempotent through the database (a route is passed once), so a restart or a second replica
 * running it too does no harm. A follow-up of 0 schedules nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(RoutingProperties.class)
class GapFollowUpConfiguration implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(GapFollowUpConfiguration.class);

    private final Passerelle passerelle;
    private final RoutingProperties routing;

    GapFollowUpConfiguration(Passerelle passerelle, RoutingProperties routing) {
        this.passerelle = passerelle;
        this.routing = routing;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        Duration after = routing.followUp();
        Duration every = routing.checkEvery();
        if (after.isZero() || after.isNegative() || every.isZero() || every.isNegative()) {
            log.info("Routed questions are not passed on to another expert (passerelle.routing.follow-up={})", after);
            return;
        }
        registrar.addFixedDelayTask(new FixedDelayTask(() -> passerelle.inbox().run(passerelle.gapFollowUp(after)),
                every, every));
    }
}
