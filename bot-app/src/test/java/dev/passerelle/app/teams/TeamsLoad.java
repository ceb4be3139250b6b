package dev.passerelle.app.teams;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.passerelle.app.LoadWorkspace;
import dev.passerelle.app.LoadWorkspace.Kind;
import dev.passerelle.app.LoadWorkspace.Person;
import dev.passerelle.app.LoadWorkspace.Said;
import dev.passerelle.app.OpenLoop;
import dev.passerelle.app.ReadOnlyDatabase;
import dev.passerelle.app.ServerProcess;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many Teams activities a second the packaged server acknowledges, and how fast: an {@link OpenLoop} posts
 * message activities to {@code /api/messages} at each rate in turn (channel posts and thread replies, posts that
 * {@code @}-mention the bot, personal chats), with the connector their {@code serviceUrl} names on loopback
 * ({@link BotConnector}); then every acknowledged activity must be in the inbox, applied, and every one addressed to
 * the bot answered through the connector.
 *
 * <p>The server runs Teams without an app id (local mode: a loopback caller no proxy forwarded needs no token):
 * the SDK's token validation fetches its keys from a URL only this JVM could change, not the server's.
 */
public final class TeamsLoad {

    static final String TENANT = "72f0a1c4-5b6d-4e8f-9a0b-1c2d3e4f5a6b";
    private static final String BOT = "28:00000000-0000-0000-0000-000000000001";
    private static final String TEAM = "19:team-bench@thread.tacv2";
    private static final AtomicLong ACTIVITY_IDS = new AtomicLong(1_800_000_000_000L);

    private TeamsLoad() {}

    public record Settings(List<Integer> rates, Duration step, Duration patience) {}

    /**
     * @param acknowledged activities answered {@value #ACKNOWLEDGED}; {@code lost}: those of them with no inbox row
     * @param unapplied    acknowledged activities recorded but not applied when patience ran out
     * @param addressed    acknowledged mentions and personal messages; {@code answered}: those the bot replied to
     */
    public record Result(List<OpenLoop.Step> steps, int acknowledged, List<String> lost, int unapplied,
            Duration drained, int addressed, int answered) {}

    private record Posted(Said said, String id, String conversation, String body) {}

    public static Result run(ServerProcess server, Settings settings, List<Person> people, Iterator<Said> messages) {
        List<Person> teamsPeople = people.stream().map(p -> new Person("29:" + p.id(), p.name(), p.email(),
                p.locale())).toList();
        Map<String, String> locales = new HashMap<>();
        teamsPeople.forEach(p -> locales.put(p.id(), p.locale()));
        try (BotConnector connector = new BotConnector(teamsPeople); OpenLoop load = new OpenLoop()) {
            URI endpoint = server.url("/api/messages");
            Map<String, String> idOf = new HashMap<>();
            // One activity first, not counted: the first Teams request loads the SDK's whole path.
            load.run(1, List.of(request(endpoint, activity(messages.next(), idOf, locales, connector.serviceUrl())
                    .body())));
            List<Posted> acknowledged = new ArrayList<>();
            List<OpenLoop.Step> steps = new ArrayList<>();
            for (int rate : settings.rates()) {
                List<Posted> batch = new ArrayList<>();
                for (int k = 0; k < rate * (int) settings.step().toSeconds(); k++) {
                    batch.add(activity(messages.next(), idOf, locales, connector.serviceUrl()));
                }
                OpenLoop.Step step = load.run(rate, batch.stream().map(p -> request(endpoint, p.body())).toList());
                System.out.println("Teams activities: " + step.summary(ACKNOWLEDGED));
                steps.add(step);
                for (int k = 0; k < batch.size(); k++) {
                    if (step.answers().get(k).status() == ACKNOWLEDGED) {
                        acknowledged.add(batch.get(k));
                    }
                }
            }
            ReadOnlyDatabase database = new ReadOnlyDatabase(server.dataDir().resolve("passerelle.db"));
            Instant draining = Instant.now();
            LoadWorkspace.awaitApplied(database, settings.patience());
            Duration drained = Duration.between(draining, Instant.now());
            Map<String, Boolean> inbox = new HashMap<>();
            database.query("SELECT event_key, applied_at IS NOT NULL FROM inbox WHERE event_key LIKE 'teams:%'",
                    row -> inbox.put(row.getString(1).substring(row.getString(1).lastIndexOf(':') + 1),
                            row.getBoolean(2)));
            List<String> lost = acknowledged.stream().map(Posted::id).filter(id -> !inbox.containsKey(id)).toList();
            int unapplied = (int) acknowledged.stream().filter(p -> Boolean.FALSE.equals(inbox.get(p.id()))).count();
            List<Posted> addressed = acknowledged.stream().filter(p -> p.said().kind() != Kind.CHANNEL).toList();
            return new Result(steps, acknowledged.size(), lost, unapplied, drained, addressed.size(),
                    answered(connector.sent(), addressed));
        }
    }

    /** What {@code /api/messages} answers a message activity once its turn ended: no invoke, no body. */
    public static final int ACKNOWLEDGED = 202;

    private static Posted activity(Said said, Map<String, String> idOf, Map<String, String> locales,
            String serviceUrl) {
        String id = String.valueOf(ACTIVITY_IDS.incrementAndGet());
        idOf.put(said.id(), id);
        String user = "29:" + said.user();
        String locale = locales.getOrDefault(user, "en-US");
        JsonObject conversation = new JsonObject();
        JsonObject channelData = new JsonObject();
        String conversationId;
        if (said.kind() == Kind.DIRECT) {
            conversationId = "a:personal-" + said.user();
            conversation.addProperty("conversationType", "personal");
        } else {
            String channel = "19:" + said.channel() + "@thread.tacv2";
            String root = said.thread() == null ? id : idOf.getOrDefault(said.thread(), id);
            conversationId = channel + ";messageid=" + root;
            conversation.addProperty("isGroup", true);
            conversation.addProperty("conversationType", "channel");
            JsonObject teamsChannel = new JsonObject();
            teamsChannel.addProperty("id", channel);
            JsonObject team = new JsonObject();
            team.addProperty("id", TEAM);
            channelData.addProperty("teamsChannelId", channel);
            channelData.addProperty("teamsTeamId", TEAM);
            channelData.add("channel", teamsChannel);
            channelData.add("team", team);
        }
        conversation.addProperty("tenantId", TENANT);
        conversation.addProperty("id", conversationId);
        JsonObject tenant = new JsonObject();
        tenant.addProperty("id", TENANT);
        channelData.add("tenant", tenant);

        JsonObject from = new JsonObject();
        from.addProperty("id", user);
        from.addProperty("name", "Person " + said.user());
        from.addProperty("aadObjectId", "aad-" + user);
        JsonObject recipient = new JsonObject();
        recipient.addProperty("id", BOT);
        recipient.addProperty("name", "Passerelle");
        JsonArray entities = new JsonArray();
        String text = said.text();
        if (said.kind() == Kind.MENTION) {
            text = "<at>Passerelle</at> " + text;
            JsonObject mention = new JsonObject();
            mention.addProperty("type", "mention");
            mention.add("mentioned", recipient.deepCopy());
            mention.addProperty("text", "<at>Passerelle</at>");
            entities.add(mention);
        }
        JsonObject client = new JsonObject();
        client.addProperty("type", "clientInfo");
        client.addProperty("locale", locale);
        entities.add(client);

        JsonObject activity = new JsonObject();
        activity.addProperty("type", "message");
        activity.addProperty("id", id);
        activity.addProperty("timestamp", Instant.now().toString());
        activity.addProperty("channelId", "msteams");
        activity.addProperty("serviceUrl", serviceUrl);
        activity.add("from", from);
        activity.add("conversation", conversation);
        activity.add("recipient", recipient);
        activity.addProperty("textFormat", "plain");
        activity.addProperty("text", text);
        activity.add("entities", entities);
        activity.add("channelData", channelData);
        activity.addProperty("locale", locale);
        return new Posted(said, id, conversationId, activity.toString());
    }

    private static HttpRequest request(URI endpoint, String body) {
        return HttpRequest.newBuilder(endpoint).timeout(OpenLoop.TIME_OUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Addressed activities the bot replied to (in reply to it, or, in a personal chat, a message there). */
    private static int answered(List<BotConnector.Sent> sent, List<Posted> addressed) {
        Set<String> repliedTo = new HashSet<>();
        Map<String, Integer> loose = new HashMap<>();
        for (BotConnector.Sent message : sent) {
            if (message.replyTo() != null) {
                repliedTo.add(message.replyTo());
            }
            loose.merge(message.conversation(), 1, Integer::sum);
        }
        int answered = 0;
        Map<String, Integer> personalAsked = new HashMap<>();
        for (Posted p : addressed) {
            if (repliedTo.contains(p.id())) {
                answered++;
            } else if (p.said().kind() == Kind.DIRECT) {
                personalAsked.merge(p.conversation(), 1, Integer::sum);
            }
        }
        for (Map.Entry<String, Integer> asked : personalAsked.entrySet()) {
            answered += Math.min(asked.getValue(), loose.getOrDefault(asked.getKey(), 0));
        }
        return answered;
    }
}
