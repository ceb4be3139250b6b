package dev.passerelle.app.slack;

import static dev.passerelle.app.slack.TestWorkspace.ALICE;
import static dev.passerelle.app.slack.TestWorkspace.CHLOE;
import static dev.passerelle.app.slack.TestWorkspace.CHLOE_DM;
import static dev.passerelle.app.slack.TestWorkspace.GENERAL;
import static dev.passerelle.app.slack.TestWorkspace.KIM;

import dev.passerelle.app.Latencies;
import dev.passerelle.app.ServerProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Does one person's burst delay everyone else? Alice posts a burst of {@code #faq} captures in a
 * channel while Chloé asks the bot a question in her direct messages at a fixed pace, each in a
 * thread of its own so that each answer is known by its thread; meanwhile health is asked at its
 * own pace. Measured: how long each question waits for its {@code chat.postMessage}, and how long
 * health takes, while the burst is being worked through.
 *
 * <p>Black-box like {@link CrashRecovery}, and shared the same way by {@code FairnessIntegrationTests}
 * and the bench's full-size run.
 */
public final class Fairness {

    static final String QUESTION = "How do I book the boardroom?";
    private static final String SEEDED_FAQ = "#faq " + QUESTION + " | On rooms.example.com, up to two weeks ahead";
    /** Nothing stored for this long: the burst's backlog is done, whatever it lost. */
    private static final Duration QUIET = Duration.ofSeconds(5);
    private static final int WARM_UP_CAPTURES = 100;
    private static final int WARM_UP_QUESTIONS = 30;
    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(5);
    /** Asked even when the burst settles at once, so that there is something to measure. */
    private static final int MIN_QUESTIONS = 5;

    private Fairness() {}

    /**
     * @param captures      how many messages Alice posts in the burst
     * @param inFlight      how many of them may wait for their acknowledgement at once
     * @param questionEvery Chloé's pace
     * @param maxQuestions  the most she asks, should the burst never settle
     * @param healthEvery   health's pace
     * @param patience      the longest wait for the burst to be stored, then for the last answers
     */
    public record Settings(int captures, int inFlight, Duration questionEvery, int maxQuestions, Duration healthEvery,
            Duration patience) {}

    /**
     * @param capturesStored   Alice's acknowledged captures with an entry once the burst settled
     * @param burst            from Alice's first post until her acknowledged captures were stored (or settled)
     * @param answers          from each of Chloé's questions to the answer in its thread, over the answered ones
     * @param health           each health request, over the whole burst
     * @param healthFailures   health requests not answered UP within five seconds
     * @param captureAcknowledgement from each of Alice's posts to its 200
     */
    public record Result(Settings settings, int capturesAcknowledged, int capturesStored, Duration burst,
            int questions, int answered, Latencies answers, Latencies health, int healthFailures,
            Latencies captureAcknowledgement) {

        public String summary() {
            return String.format("burst of %d captures: %d acknowledged (%s), %d stored, in %.1f s; %d questions,"
                    + " %d answered: %s; health %s, %d not UP", settings.captures(), capturesAcknowledged,
                    captureAcknowledgement, capturesStored, burst.toMillis() / 1000.0, questions, answered, answers,
                    health, healthFailures);
        }
    }

    public static Result run(ServerProcess.Launch launch, Path workDir, Settings settings) {
        // Chloé asks five questions a second, a pace no person keeps: past the flood limit (60 a minute by default)
        // she would be told to slow down instead of answered, which is another test's business.
        try (SlackDeployment deployment = SlackDeployment.start(launch, workDir,
                "--passerelle.inbox.per-person-per-minute=0");
                SignedSlackClient app = deployment.client()) {
            StoredSources channel = new StoredSources(deployment.database(), GENERAL);
            deployment.capture(KIM, SEEDED_FAQ, settings.patience());
            warmUp(deployment, app, channel, settings);

            AtomicBoolean settled = new AtomicBoolean();
            List<ServerProcess.Health> health = new CopyOnWriteArrayList<>();
            List<Question> questions = new CopyOnWriteArrayList<>();
            Thread prober = Thread.ofPlatform().daemon().name("health-prober").start(
                    () -> probeHealth(deployment.server(), settings, settled, health));
            Thread asker = Thread.ofPlatform().daemon().name("questions").start(
                    () -> ask(app, settings, settled, questions));
            Instant burstStart = Instant.now();
            List<PostedEvent> burst;
            Set<String> acknowledged;
            try {
                burst = burst(app, settings);
                acknowledged = burst.stream().filter(PostedEvent::acknowledged).map(PostedEvent::ts)
                        .collect(Collectors.toSet());
                channel.awaitSettled(acknowledged, QUIET, settings.patience());
            } finally {
                settled.set(true);
            }
            Duration burstTime = Duration.between(burstStart, Instant.now());
            join(asker);
            join(prober);

            Map<String, Duration> answerTimes = awaitAnswers(deployment.slack(), questions, settings.patience());
            Map<String, Integer> stored = channel.entriesBySource();
            return new Result(settings, acknowledged.size(),
                    (int) acknowledged.stream().filter(stored::containsKey).count(), burstTime, questions.size(),
                    answerTimes.size(), Latencies.of(answerTimes.values()),
                    Latencies.of(health.stream().map(ServerProcess.Health::took).toList()),
                    (int) health.stream().filter(h -> !h.up()).count(),
                    Latencies.of(burst.stream().filter(PostedEvent::acknowledged).map(PostedEvent::answerTime).toList()));
        }
    }

    /**
     * A server that has just started answers its first questions several times slower while the JIT compiles
     * the paths they take; that is not what is measured here. So before the measured burst, Alice posts a few
     * captures and Chloé asks her question a few times, each answered before the next, none of it counted.
     */
    private static void warmUp(SlackDeployment deployment, SignedSlackClient app, StoredSources channel,
            Settings settings) {
        Settings few = new Settings(WARM_UP_CAPTURES, settings.inFlight(), settings.questionEvery(), WARM_UP_QUESTIONS,
                settings.healthEvery(), settings.patience());
        Set<String> captured = burst(app, few).stream().filter(PostedEvent::acknowledged).map(PostedEvent::ts)
                .collect(Collectors.toSet());
        channel.awaitSettled(captured, QUIET, settings.patience());
        for (int k = 0; k < WARM_UP_QUESTIONS; k++) {
            List<Question> one = new ArrayList<>();
            ask(app, new Settings(0, 1, Duration.ZERO, 1, settings.healthEvery(), settings.patience()),
                    new AtomicBoolean(true), one);
            awaitAnswers(deployment.slack(), one, settings.patience());
        }
    }

    /** One of Chloé's questions: the thread it opened, and when she sent it. */
    private record Question(String thread, Instant sentAt) {}

    /** Alice's captures, as fast as the server acknowledges them, never more than {@code inFlight} waiting. */
    private static List<PostedEvent> burst(SignedSlackClient app, Settings settings) {
        Semaphore slots = new Semaphore(settings.inFlight());
        List<PostedEvent> posted = new ArrayList<>(settings.captures());
        for (int k = 0; k < settings.captures(); k++) {
            slots.acquireUninterruptibly();
            String ts = SlackIds.ts();
            PostedEvent event = PostedEvent.post(app, ts, SlackPayload.message(ALICE, GENERAL,
                    "#faq Burst question " + k + "? | Burst answer " + k, ts));
            event.answered().whenComplete((answer, failure) -> slots.release());
            posted.add(event);
        }
        PostedEvent.awaitAll(posted, Duration.ofSeconds(60));
        return posted;
    }

    /** Chloé asks at her pace, each question in a thread of its own, until the burst settled (a few at least). */
    private static void ask(SignedSlackClient app, Settings settings, AtomicBoolean settled, List<Question> questions) {
        long start = System.nanoTime();
        for (int k = 0; k < settings.maxQuestions() && (k < MIN_QUESTIONS || !settled.get()); k++) {
            Pacing.waitUntil(start + k * settings.questionEvery().toNanos());
            String thread = SlackIds.ts();
            String ts = SlackIds.ts();
            PostedEvent question = PostedEvent.post(app, ts, SlackPayload.of("message_im_in_thread")
                    .with("event_id", SlackIds.eventId()).with("user", CHLOE).with("channel", CHLOE_DM)
                    .with("text", QUESTION).with("ts", ts).with("thread_ts", thread));
            questions.add(new Question(thread, question.sentAt()));
        }
    }

    private static void probeHealth(ServerProcess server, Settings settings, AtomicBoolean settled,
            List<ServerProcess.Health> health) {
        long start = System.nanoTime();
        long most = settings.maxQuestions() * settings.questionEvery().toNanos() / settings.healthEvery().toNanos();
        for (long k = 0; k < most && !settled.get(); k++) {
            Pacing.waitUntil(start + k * settings.healthEvery().toNanos());
            health.add(server.health(HEALTH_TIMEOUT));
        }
    }

    /** The first answer in each question's thread, and how long after the question it came. */
    private static Map<String, Duration> awaitAnswers(SlackWebApi slack, List<Question> questions, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        Map<String, Duration> answered = new HashMap<>();
        while (true) {
            Map<String, Instant> first = new HashMap<>();
            for (WebApiCall call : slack.calls("chat.postMessage", call -> call.succeeded()
                    && CHLOE_DM.equals(call.param("channel")) && call.param("thread_ts") != null)) {
                first.merge(call.param("thread_ts"), call.at(), (a, b) -> a.isBefore(b) ? a : b);
            }
            answered.clear();
            for (Question question : questions) {
                Instant at = first.get(question.thread());
                if (at != null) {
                    answered.put(question.thread(), Duration.between(question.sentAt(), at));
                }
            }
            if (answered.size() == questions.size() || Instant.now().isAfter(deadline)) {
                return answered;
            }
            Pacing.pause(Duration.ofMillis(200));
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join(Duration.ofMinutes(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
