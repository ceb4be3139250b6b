package dev.passerelle.app.ops;

import dev.passerelle.core.Passerelle;
import dev.passerelle.core.bot.Inbox;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.Meters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The core's counts and timings as Micrometer meters, scraped on {@code /actuator/prometheus}:
 * {@code passerelle_answers_seconds} (a histogram by outcome: confident, likely, none), {@code passerelle_who_knows_seconds},
 * {@code passerelle_captures_total} by kind, {@code passerelle_command_errors_total}, and gauges of the inbox's
 * backlog, the questions waiting, whether the index has followed the database and how many of its changes wait for
 * a commit. Tags are fixed words, never text.
 */
@Component
class PasserelleMeters implements Meters {

    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(20),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofSeconds(1)};

    private final MeterRegistry registry;
    private final Timer whoKnows;
    private final Counter commandErrors;

    PasserelleMeters(Passerelle passerelle, ObjectProvider<MeterRegistry> registries) {
        this.registry = registries.getIfAvailable(io.micrometer.core.instrument.simple.SimpleMeterRegistry::new);
        this.whoKnows = timer("passerelle.who.knows", "Who-knows lookups").register(registry);
        this.commandErrors = Counter.builder("passerelle.command.errors")
                .description("Events refused or answered with an error: a bad command, a wrong usage, unreadable text")
                .register(registry);
        for (String outcome : new String[] {"confident", "likely", "none"}) {
            answers(outcome);
        }
        Inbox inbox = passerelle.inbox();
        Gauge.builder("passerelle.inbox.backlog", inbox, i -> i.status().backlog())
                .description("Events recorded and not yet applied").register(registry);
        Gauge.builder("passerelle.inbox.waiting.answers", inbox, i -> i.status().waitingForAnswers())
                .description("Questions to the bot waiting for their answer").register(registry);
        Gauge.builder("passerelle.index.current", inbox, i -> i.status().indexCurrent() ? 1 : 0)
                .description("1 while the search index has followed every change of the database").register(registry);
        Gauge.builder("passerelle.index.uncommitted", passerelle, p -> p.index().uncommitted())
                .description("Changes searchable but not yet committed to the index on disk").register(registry);
        passerelle.meter(this);
    }

    private static Timer.Builder timer(String name, String description) {
        return Timer.builder(name).description(description).serviceLevelObjectives(BUCKETS)
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(5));
    }

    private Timer answers(String outcome) {
        return timer("passerelle.answers", "Questions answered, by how sure the answer was")
                .tag("outcome", outcome).register(registry);
    }

    @Override
    public void answered(String outcome, long nanos) {
        answers(outcome).record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void whoKnows(long nanos) {
        whoKnows.record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void captured(EntryKind kind) {
        Counter.builder("passerelle.captures").description("Knowledge captured, by kind")
                .tag("kind", kind.name().toLowerCase(Locale.ROOT)).register(registry).increment();
    }

    @Override
    public void commandFailed() {
        commandErrors.increment();
    }
}
