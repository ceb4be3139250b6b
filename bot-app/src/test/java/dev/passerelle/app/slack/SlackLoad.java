package dev.passerelle.app.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.slack.api.app_backend.SlackSignature;
import dev.passerelle.app.LoadWorkspace;
import dev.passerelle.app.LoadWorkspace.Kind;
import dev.passerelle.app.LoadWorkspace.Person;
import dev.passerelle.app.LoadWorkspace.Said;
import dev.passerelle.app.OpenLoop;
import dev.passerelle.app.ReadOnlyDatabase;
import dev.passerelle.app.ServerProcess;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How many signed Slack event deliveries a second the packaged server acknowledges, and how fast: an
 * {@link OpenLoop} posts {@code event_callback} deliveries at each rate in turn (channel messages, thread answers,
 * {@code @}-mentions with their {@code app_mention} twin, direct messages to the bot), each signed as Slack signs
 * it; every acknowledged message must then be in the inbox (nothing acknowledged is lost), applied once the
 * worker caught up, and every question put to the bot answered through the local Web API; last, a flood of
 * unsigned and wrongly signed deliveries must all get 401, store nothing and log at most a line each.
 *
 * <p>Black-box, as {@link CrashRecovery}: HTTP, {@code passerelle.db} read from the side, the server's log. The
 * messages come from the caller (the bench's workspace generator), so that their words are realistic.
 */
public final class SlackLoad {

    /** What the Slack edge logs, once, for a request it refuses unread. */
    private static final String REFUSED = "Slack request refused";

    private SlackLoad() {}

    /**
     * @param rates       the arrival rates, deliveries a second, one step each
     * @param step        how long each step sends
     * @param forgedRate  the forged flood's rate
     * @param forgedStep  how long the flood sends
     * @param patience    the longest wait for the inbox to be applied once the steps are over
     */
    public record Settings(List<Integer> rates, Duration step, int forgedRate, Duration forgedStep,
            Duration patience) {}

    /**
     * @param steps        one per rate
     * @param acknowledged distinct messages whose every delivery was acknowledged
     * @param lost         acknowledged messages with no inbox row: what the acknowledgement promised and broke
     * @param unapplied    acknowledged messages recorded but not applied when patience ran out (the backlog)
     * @param drained      from the last step's end to the inbox applied (or patience out)
     * @param addressed    mentions and direct messages acknowledged; {@code answered}: those the bot answered
     * @param flood        the forged requests
     * @param first        what the caller ran on the same server before the Slack steps (the Teams load)
     */
    public record Result<T>(List<OpenLoop.Step> steps, int acknowledged, List<String> lost, int unapplied,
            Duration drained, int addressed, int answered, Flood flood, T first) {}

    /**
     * @param stored   inbox rows of the forged messages (none is right)
     * @param logLines lines the server logged during the flood, and {@code refusals} those of them saying a Slack
     *                 request was refused (the worker may log of its own meanwhile)
     */
    public record Flood(OpenLoop.Step step, int stored, long logLines, long refusals) {

        public String summary() {
            return step.summary(401) + "; " + stored + " forged messages in the inbox, " + logLines + " log lines ("
                    + refusals + " refusals) for " + step.sent() + " requests";
        }
    }

    private record Posted(Said said, String ts, List<String> bodies) {}

    /**
     * Starts the server, runs {@code first} on it (the Teams load, while the inbox is empty), then every Slack
     * step, waits for the inbox, and floods it with forged requests.
     *
     * @param messages an endless stream of the workspace's messages, in its order
     */
    public static <T> Result<T> run(ServerProcess.Launch launch, Path workDir, Settings settings, List<Person> people,
            Iterator<Said> messages, Function<ServerProcess, T> first) {
        try (SlackDeployment deployment = SlackDeployment.start(launch, workDir);
                OpenLoop load = new OpenLoop()) {
            install(deployment.slack(), people);
            deployment.capture(TestWorkspace.KIM, "#faq Who keeps the spare keys? | The front desk", settings.patience());
            T before = first.apply(deployment.server());
            // Every message is made before the first step: the stand-in's workspace must not change while the app
            // reads it. Each step is signed just before it is sent, as Slack signs when it delivers.
            Map<String, String> tsOf = new HashMap<>();
            List<List<Posted>> batches = new ArrayList<>();
            for (int rate : settings.rates()) {
                batches.add(deliveries(messages, rate * (int) settings.step().toSeconds(), tsOf));
            }
            batches.stream().flatMap(List::stream).map(p -> p.said())
                    .filter(said -> said.kind() != Kind.DIRECT).map(Said::channel).distinct()
                    .forEach(channel -> deployment.slack().publicChannel(channel, channel.toLowerCase(Locale.ROOT)));
            List<Posted> posted = new ArrayList<>();
            List<OpenLoop.Step> steps = new ArrayList<>();
            URI events = deployment.server().url("/slack/events");
            for (int i = 0; i < batches.size(); i++) {
                List<Posted> batch = batches.get(i);
                List<HttpRequest> requests = new ArrayList<>();
                batch.forEach(p -> p.bodies().forEach(body -> requests.add(signed(events, body,
                        TestWorkspace.SIGNING_SECRET))));
                OpenLoop.Step step = load.run(settings.rates().get(i), requests);
                System.out.println("Slack events: " + step.summary(200));
                steps.add(step);
                posted.addAll(acknowledgedOnly(batch, step));
            }
            ReadOnlyDatabase database = deployment.database();
            Instant draining = Instant.now();
            LoadWorkspace.awaitApplied(database, settings.patience());
            Duration drained = Duration.between(draining, Instant.now());
            Map<String, Boolean> inbox = new HashMap<>();
            database.query("SELECT event_key, applied_at IS NOT NULL FROM inbox WHERE event_key LIKE 'slack:%'",
                    row -> inbox.put(row.getString(1), row.getBoolean(2)));
            List<String> keys = posted.stream().map(p -> key(p.said(), p.ts())).toList();
            List<String> lost = keys.stream().filter(key -> !inbox.containsKey(key)).sorted().toList();
            int unapplied = (int) keys.stream().filter(key -> Boolean.FALSE.equals(inbox.get(key))).count();
            List<Posted> addressed = posted.stream().filter(p -> p.said().kind() != Kind.CHANNEL).toList();
            deployment.slack().letTheAppWork(Duration.ofSeconds(2));
            int answered = answered(deployment.slack(), addressed);
            Flood flood = flood(deployment, load, settings);
            System.out.println("Forged flood: " + flood.summary());
            return new Result<>(steps, posted.size(), lost, unapplied, drained, addressed.size(), answered, flood,
                    before);
        }
    }

    private static void install(SlackWebApi slack, List<Person> people) {
        for (Person person : people) {
            slack.person(person.id(), person.name(), person.email(), person.locale());
            slack.directMessages(directChannel(person.id()), person.id());
        }
    }

    /** The bot's DM with someone of the workspace. */
    public static String directChannel(String user) {
        return "D" + user;
    }

    /** The next {@code count} deliveries of the stream (a mention is two), each message with a fresh timestamp. */
    private static List<Posted> deliveries(Iterator<Said> messages, int count, Map<String, String> tsOf) {
        List<Posted> batch = new ArrayList<>();
        int deliveries = 0;
        while (deliveries < count) {
            Said said = messages.next();
            String ts = SlackIds.ts();
            tsOf.put(said.id(), ts);
            String thread = said.thread() == null ? null : tsOf.get(said.thread());
            List<String> bodies = switch (said.kind()) {
                case CHANNEL -> List.of(message(said, ts, thread, "channel"));
                case MENTION -> List.of(message(said, ts, thread, "channel"), mention(said, ts, thread));
                case DIRECT -> List.of(message(said, ts, thread, "im"));
            };
            deliveries += bodies.size();
            batch.add(new Posted(said, ts, bodies));
        }
        return batch;
    }

    private static String message(Said said, String ts, @Nullable String thread, String channelType) {
        JsonObject event = event("message", said, ts, thread);
        event.addProperty("channel_type", channelType);
        return envelope(event);
    }

    private static String mention(Said said, String ts, @Nullable String thread) {
        return envelope(event("app_mention", said, ts, thread));
    }

    private static JsonObject event(String type, Said said, String ts, @Nullable String thread) {
        JsonObject event = new JsonObject();
        event.addProperty("type", type);
        event.addProperty("channel", said.kind() == Kind.DIRECT ? directChannel(said.user()) : said.channel());
        event.addProperty("user", said.user());
        event.addProperty("text", said.kind() == Kind.MENTION ? "<@" + TestWorkspace.BOT_USER + "> " + said.text()
                : said.text());
        event.addProperty("ts", ts);
        event.addProperty("event_ts", ts);
        if (thread != null) {
            event.addProperty("thread_ts", thread);
        }
        return event;
    }

    /** Slack's {@code event_callback} envelope, as the fixtures under {@code payloads/slack/} have it. */
    private static String envelope(JsonObject event) {
        JsonObject authorization = new JsonObject();
        authorization.addProperty("team_id", TestWorkspace.TEAM);
        authorization.addProperty("user_id", TestWorkspace.BOT_USER);
        authorization.addProperty("is_bot", true);
        authorization.addProperty("is_enterprise_install", false);
        JsonArray authorizations = new JsonArray();
        authorizations.add(authorization);
        JsonObject envelope = new JsonObject();
        envelope.addProperty("token", "XXYYZZ");
        envelope.addProperty("team_id", TestWorkspace.TEAM);
        envelope.addProperty("context_team_id", TestWorkspace.TEAM);
        envelope.addProperty("api_app_id", "A1");
        envelope.add("event", event);
        envelope.addProperty("type", "event_callback");
        envelope.addProperty("event_id", SlackIds.eventId());
        envelope.addProperty("event_time", Instant.now().getEpochSecond());
        envelope.add("authorizations", authorizations);
        envelope.addProperty("is_ext_shared_channel", false);
        return envelope.toString();
    }

    /** Signed as Slack signs: {@code v0=HMAC-SHA256(secret, "v0:" + timestamp + ":" + body)}; no secret, unsigned. */
    private static HttpRequest signed(URI events, String body, @Nullable String secret) {
        HttpRequest.Builder request = HttpRequest.newBuilder(events).timeout(OpenLoop.TIME_OUT)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            String timestamp = String.valueOf(Instant.now().getEpochSecond());
            request.header("X-Slack-Request-Timestamp", timestamp)
                    .header("X-Slack-Signature", new SlackSignature.Generator(secret).generate(timestamp, body));
        }
        return request.build();
    }

    /** The messages whose every delivery got a 200: Slack would send the others again. */
    private static List<Posted> acknowledgedOnly(List<Posted> batch, OpenLoop.Step step) {
        List<Posted> acknowledged = new ArrayList<>();
        int k = 0;
        for (Posted p : batch) {
            boolean all = true;
            for (int i = 0; i < p.bodies().size(); i++, k++) {
                all &= step.answers().get(k).status() == 200;
            }
            if (all) {
                acknowledged.add(p);
            }
        }
        return acknowledged;
    }

    private static String key(Said said, String ts) {
        return key(said.kind() == Kind.DIRECT ? directChannel(said.user()) : said.channel(), ts);
    }

    private static String key(String channel, String ts) {
        return "slack:" + TestWorkspace.TEAM + ":" + channel + ":" + ts;
    }

    private static Set<String> appliedKeys(ReadOnlyDatabase database) {
        return new HashSet<>(database.query("SELECT event_key FROM inbox WHERE applied_at IS NOT NULL",
                row -> row.getString(1)));
    }

    private static int count(ReadOnlyDatabase database, String sql) {
        return database.query(sql, row -> row.getInt(1)).getFirst();
    }

    /**
     * Addressed messages the bot answered: in each conversation, as many as the bot's posts there that answer
     * one of them (in its thread, or, in a DM, anywhere), at most as many as were put to it.
     */
    private static int answered(SlackWebApi slack, List<Posted> addressed) {
        Map<String, List<Posted>> byChannel = new HashMap<>();
        addressed.forEach(p -> byChannel.computeIfAbsent(p.said().kind() == Kind.DIRECT
                ? directChannel(p.said().user()) : p.said().channel(), c -> new ArrayList<>()).add(p));
        List<WebApiCall> posts = new ArrayList<>(slack.calls("chat.postMessage", call -> true));
        posts.addAll(slack.calls("chat.postEphemeral", call -> true));
        int answered = 0;
        for (Map.Entry<String, List<Posted>> channel : byChannel.entrySet()) {
            Set<String> asked = new HashSet<>();
            channel.getValue().forEach(p -> asked.add(p.ts()));
            boolean direct = channel.getKey().startsWith("D");
            Set<String> threads = new HashSet<>();
            int loose = 0;
            for (WebApiCall post : posts) {
                if (!channel.getKey().equals(post.param("channel"))) {
                    continue;
                }
                String thread = post.param("thread_ts");
                if (thread != null && asked.contains(thread)) {
                    threads.add(thread);
                } else if (direct) {
                    loose++;
                }
            }
            answered += Math.min(channel.getValue().size(), threads.size() + loose);
        }
        return answered;
    }

    /** Half the flood unsigned, half signed with a secret that is not the app's. */
    private static Flood flood(SlackDeployment deployment, OpenLoop load, Settings settings) {
        Path log = deployment.server().dataDir().getParent().resolve("server.log");
        long linesBefore = OpenLoop.lines(log);
        long refusalsBefore = OpenLoop.lines(log, REFUSED);
        URI events = deployment.server().url("/slack/events");
        List<HttpRequest> requests = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        int count = settings.forgedRate() * (int) settings.forgedStep().toSeconds();
        for (int k = 0; k < count; k++) {
            Said said = new Said(Kind.CHANNEL, TestWorkspace.ALICE, TestWorkspace.GENERAL,
                    "#faq Forged question " + k + "? | Forged answer", "forged" + k, null);
            String ts = SlackIds.ts();
            keys.add(key(TestWorkspace.GENERAL, ts));
            requests.add(signed(events, message(said, ts, null, "channel"),
                    k % 2 == 0 ? null : "not-the-signing-secret-of-this-app"));
        }
        OpenLoop.Step step = load.run(settings.forgedRate(), requests);
        Pacing.pause(Duration.ofSeconds(1));
        Set<String> forged = new HashSet<>(keys);
        int stored = (int) deployment.database().query("SELECT event_key FROM inbox WHERE event_key LIKE ?",
                row -> row.getString(1), key(TestWorkspace.GENERAL, "%")).stream().filter(forged::contains).count();
        return new Flood(step, stored, OpenLoop.lines(log) - linesBefore, OpenLoop.lines(log, REFUSED) - refusalsBefore);
    }
}
