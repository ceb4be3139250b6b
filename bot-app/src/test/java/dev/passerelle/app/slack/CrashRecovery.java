package dev.passerelle.app.slack;

import static dev.passerelle.app.slack.TestWorkspace.ALICE;
import static dev.passerelle.app.slack.TestWorkspace.GENERAL;

import dev.passerelle.app.Latencies;
import dev.passerelle.app.ServerProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Does an acknowledged event survive a crash? Slack posts {@code #faq} messages at a fixed rate;
 * the server is SIGKILLed at a random moment in the stream and restarted on its data directory;
 * once its backlog has settled, the database must hold each acknowledged message's FAQ exactly
 * once, and Slack's redelivery of some of them must change nothing.
 *
 * <p>Black-box: only HTTP, signed Slack requests, {@code passerelle.db} and health, so it holds
 * whatever the server does inside. Shared by {@code CrashRecoveryIntegrationTests} (small, in the
 * build) and the bench's full-size run.
 */
public final class CrashRecovery {

    /** Nothing stored for this long: the server is done with its backlog. */
    private static final Duration QUIET = Duration.ofSeconds(3);

    private CrashRecovery() {}

    /**
     * @param events       how many messages Slack posts
     * @param perSecond    at what fixed rate
     * @param seed         picks the moment of the kill and the redelivered sample
     * @param redeliveries how many acknowledged events Slack sends again after the restart (stored ones first)
     * @param patience     the longest wait for the backlog to settle after the restart
     */
    public record Settings(int events, int perSecond, long seed, int redeliveries, Duration patience) {
        public Settings {
            if (events < 4 || perSecond < 1 || redeliveries < 0) {
                throw new IllegalArgumentException("At least 4 events, at 1/s or more; got " + events + " at "
                        + perSecond + "/s");
            }
        }
    }

    /**
     * @param killedBefore     the index of the first event posted after the SIGKILL
     * @param stored           posted messages with an entry once the backlog settled
     * @param lost             acknowledged messages with no entry once the backlog settled
     * @param duplicated       messages with more than one entry
     * @param redelivered      acknowledged events sent again, and how many of those got a 200
     * @param createdByRedelivery entries that appeared after the redeliveries, beyond the first entry
     *                         of a redelivered message that had been lost
     * @param recoveredByRedelivery lost messages whose redelivery stored them
     * @param acknowledgement  from posting to the 200, over acknowledged events
     * @param restart          from the restart to healthy
     * @param settled          from healthy to the backlog settled
     */
    public record Result(Settings settings, int killedBefore, int acknowledged, int stored, List<String> lost,
            List<String> duplicated, int redelivered, int redeliveriesAcknowledged, int createdByRedelivery,
            int recoveredByRedelivery, Latencies acknowledgement, Duration restart, Duration settled) {

        public int notAcknowledged() {
            return settings.events() - acknowledged;
        }

        public String summary() {
            return String.format("%d events at %d/s, SIGKILL before event %d (seed %d): %d acknowledged, %d not;"
                    + " %d stored, %d acknowledged but lost, %d duplicated; %d redelivered (%d acknowledged),"
                    + " %d entries created by them, %d lost ones recovered; acknowledgement %s; restart %d s, backlog settled in %.1f s",
                    settings.events(), settings.perSecond(), killedBefore, settings.seed(), acknowledged,
                    notAcknowledged(), stored, lost.size(), duplicated.size(), redelivered, redeliveriesAcknowledged,
                    createdByRedelivery, recoveredByRedelivery, acknowledgement, restart.toSeconds(), settled.toMillis() / 1000.0);
        }
    }

    public static Result run(ServerProcess.Launch launch, Path workDir, Settings settings) {
        Random random = new Random(settings.seed());
        int killBefore = settings.events() / 4 + random.nextInt(settings.events() / 2);
        try (SlackDeployment deployment = SlackDeployment.start(launch, workDir)) {
            deployment.capture(TestWorkspace.KIM, "#faq Who keeps the spare keys? | The front desk", settings.patience());
            List<PostedEvent> posted = stream(deployment, settings, killBefore);
            Instant restarting = Instant.now();
            deployment.server().restart();
            Duration restart = Duration.between(restarting, Instant.now());

            List<PostedEvent> acknowledged = posted.stream().filter(PostedEvent::acknowledged).toList();
            Set<String> expected = acknowledged.stream().map(PostedEvent::ts).collect(Collectors.toSet());
            StoredSources stored = new StoredSources(deployment.database(), GENERAL);
            Duration settled = stored.awaitSettled(expected, QUIET, settings.patience());
            Map<String, Integer> before = stored.entriesBySource();

            List<PostedEvent> redelivered = redeliver(deployment, sample(acknowledged, before.keySet(),
                    settings.redeliveries(), random));
            stored.awaitSettled(Set.of(), QUIET, settings.patience());
            Map<String, Integer> after = stored.entriesBySource();
            List<String> recovered = redelivered.stream().map(PostedEvent::ts)
                    .filter(ts -> !before.containsKey(ts) && after.containsKey(ts)).toList();

            return new Result(settings, killBefore, acknowledged.size(), ours(before, posted).size(),
                    expected.stream().filter(ts -> !before.containsKey(ts)).sorted().toList(),
                    after.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).sorted().toList(),
                    redelivered.size(), (int) redelivered.stream().filter(PostedEvent::acknowledged).count(),
                    total(after) - total(before) - recovered.stream().mapToInt(after::get).sum(), recovered.size(),
                    Latencies.of(acknowledged.stream().map(PostedEvent::answerTime).toList()), restart, settled);
        }
    }

    /** Posts every event at its slot of the fixed rate, the kill falling between two of them. */
    private static List<PostedEvent> stream(SlackDeployment deployment, Settings settings, int killBefore) {
        List<PostedEvent> posted = new ArrayList<>(settings.events());
        long period = 1_000_000_000L / settings.perSecond();
        try (SignedSlackClient app = deployment.client()) {
            long start = System.nanoTime();
            for (int k = 0; k < settings.events(); k++) {
                Pacing.waitUntil(start + k * period);
                if (k == killBefore) {
                    deployment.server().kill();
                }
                String ts = SlackIds.ts();
                posted.add(PostedEvent.post(app, ts, SlackPayload.message(ALICE, GENERAL,
                        "#faq Question " + k + "? | Answer " + k, ts)));
            }
            PostedEvent.awaitAll(posted, Duration.ofSeconds(60));
        }
        return posted;
    }

    private static List<PostedEvent> redeliver(SlackDeployment deployment, List<PostedEvent> events) {
        try (SignedSlackClient app = deployment.client()) {
            List<PostedEvent> again = events.stream().map(event -> event.redeliver(app)).toList();
            PostedEvent.awaitAll(again, Duration.ofSeconds(60));
            return again;
        }
    }

    /** Stored events first, so that redelivering them tests the deduplication; lost ones fill the rest. */
    private static List<PostedEvent> sample(List<PostedEvent> events, Set<String> stored, int size, Random random) {
        List<PostedEvent> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, random);
        shuffled.sort(Comparator.comparing(event -> !stored.contains(event.ts())));
        return shuffled.subList(0, Math.min(size, shuffled.size()));
    }

    /** The stored messages among those posted (the channel holds nothing else, but the count should not rely on it). */
    private static Set<String> ours(Map<String, Integer> stored, List<PostedEvent> posted) {
        return posted.stream().map(PostedEvent::ts).filter(stored::containsKey).collect(Collectors.toSet());
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
