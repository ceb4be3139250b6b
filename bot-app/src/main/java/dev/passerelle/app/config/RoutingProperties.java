package dev.passerelle.app.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Questions routed to experts, {@code passerelle.routing.*}. A public interface, as every {@code passerelle.*} name.
 *
 * @param followUp   how long a routed question waits for its expert's reply before it goes to the next likely
 *                   expert; 0 never passes it on
 * @param checkEvery how often routed questions are checked for that
 */
@ConfigurationProperties("passerelle.routing")
public record RoutingProperties(@DefaultValue("2d") Duration followUp, @DefaultValue("15m") Duration checkEvery) {}
