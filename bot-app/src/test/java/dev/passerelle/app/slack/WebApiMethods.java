package dev.passerelle.app.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The Web API methods the test Slack answers, and the workspace they answer from: people,
 * channels and their members, the messages Slack keeps, the reactions already added. Answers
 * follow Slack's documented shapes; wrong or missing arguments get Slack's documented error codes.
 */
final class WebApiMethods {

    private final Map<String, JsonObject> users = new ConcurrentHashMap<>();
    private final Map<String, JsonObject> channels = new ConcurrentHashMap<>();
    private final Map<String, List<String>> members = new ConcurrentHashMap<>();
    private final List<JsonObject> messages = new CopyOnWriteArrayList<>();
    private final Set<String> reactions = ConcurrentHashMap.newKeySet();
    private final AtomicInteger sequence = new AtomicInteger();
    private volatile @Nullable String socketModeUrl;

    /** What Slack answers instead of {@code "ok": true}. */
    static final class Refusal extends Exception {
        Refusal(String error) {
            super(error, null, false, false);
        }
    }

    void person(String id, String realName, String email, String locale) {
        JsonObject profile = new JsonObject();
        profile.addProperty("real_name", realName);
        profile.addProperty("display_name", realName.split(" ")[0].toLowerCase(Locale.ROOT));
        profile.addProperty("email", email);
        JsonObject user = new JsonObject();
        user.addProperty("id", id);
        user.addProperty("team_id", TestWorkspace.TEAM);
        user.addProperty("name", profile.get("display_name").getAsString());
        user.addProperty("real_name", realName);
        user.addProperty("locale", locale);
        user.addProperty("is_bot", false);
        user.add("profile", profile);
        users.put(id, user);
    }

    void publicChannel(String id, String name) {
        channels.put(id, conversation(id, name, false, false));
    }

    void privateChannel(String id, String name, String... memberIds) {
        channels.put(id, conversation(id, name, true, false));
        members.put(id, List.of(memberIds));
    }

    /** The bot's direct message conversation with this person. */
    void directMessages(String id, String userId) {
        JsonObject im = conversation(id, null, false, true);
        im.addProperty("user", userId);
        channels.put(id, im);
        members.put(id, List.of(userId, TestWorkspace.BOT_USER));
    }

    /** A message Slack keeps, for {@code conversations.history} and {@code conversations.replies}. */
    void message(String channel, String ts, String user, String text, @Nullable String threadTs) {
        JsonObject message = new JsonObject();
        message.addProperty("type", "message");
        message.addProperty("channel", channel);
        message.addProperty("user", user);
        message.addProperty("text", text);
        message.addProperty("ts", ts);
        if (threadTs != null) {
            message.addProperty("thread_ts", threadTs);
        }
        messages.add(message);
    }

    void socketModeUrl(String url) {
        this.socketModeUrl = url;
    }

    private static JsonObject conversation(String id, @Nullable String name, boolean restricted, boolean im) {
        JsonObject channel = new JsonObject();
        channel.addProperty("id", id);
        if (name != null) {
            channel.addProperty("name", name);
        }
        channel.addProperty("is_channel", !restricted && !im);
        channel.addProperty("is_group", restricted);
        channel.addProperty("is_im", im);
        channel.addProperty("is_mpim", false);
        channel.addProperty("is_private", restricted || im);
        channel.addProperty("is_member", true);
        return channel;
    }

    JsonObject answer(String method, WebApiCall call) throws Refusal {
        return switch (method) {
            case "auth.test" -> authTest();
            case "users.info" -> with("user", user(call.param("user")));
            case "conversations.info" -> with("channel", channel(call.param("channel")));
            case "conversations.members" -> conversationMembers(call);
            case "conversations.history" -> history(call);
            case "conversations.replies" -> replies(call);
            case "chat.getPermalink" -> permalink(call);
            case "chat.postMessage" -> postMessage(call);
            case "chat.postEphemeral" -> postEphemeral(call);
            case "reactions.add" -> addReaction(call);
            case "views.open" -> {
                required(call, "trigger_id", "invalid_trigger_id");
                yield view(call, "modal");
            }
            case "views.publish" -> {
                user(call.param("user_id"));
                yield view(call, "home");
            }
            case "apps.connections.open" -> connectionsOpen();
            default -> throw new Refusal("unknown_method");
        };
    }

    private static JsonObject authTest() {
        JsonObject identity = new JsonObject();
        identity.addProperty("url", "https://passerelle-test.slack.com/");
        identity.addProperty("team", "Passerelle Test");
        identity.addProperty("user", "passerelle");
        identity.addProperty("team_id", TestWorkspace.TEAM);
        identity.addProperty("user_id", TestWorkspace.BOT_USER);
        identity.addProperty("bot_id", TestWorkspace.BOT_ID);
        identity.addProperty("is_enterprise_install", false);
        return identity;
    }

    /** An app-level token stands for the app, not for a user. */
    static JsonObject appIdentity() {
        JsonObject identity = new JsonObject();
        identity.addProperty("url", "https://passerelle-test.slack.com/");
        identity.addProperty("team", "Passerelle Test");
        identity.addProperty("team_id", TestWorkspace.TEAM);
        identity.addProperty("app_id", "A1");
        return identity;
    }

    private JsonObject user(@Nullable String id) throws Refusal {
        JsonObject user = id == null ? null : users.get(id);
        if (user == null) {
            throw new Refusal("user_not_found");
        }
        return user;
    }

    private JsonObject channel(@Nullable String id) throws Refusal {
        JsonObject channel = id == null ? null : channels.get(id);
        if (channel == null) {
            throw new Refusal("channel_not_found");
        }
        return channel;
    }

    private JsonObject conversationMembers(WebApiCall call) throws Refusal {
        String channel = channel(call.param("channel")).get("id").getAsString();
        JsonObject answer = with("members", strings(members.getOrDefault(channel, List.copyOf(users.keySet()))));
        JsonObject metadata = new JsonObject();
        metadata.addProperty("next_cursor", "");
        answer.add("response_metadata", metadata);
        return answer;
    }

    /** Top-level messages only, newest first, between {@code oldest} and {@code latest}, as Slack lists them. */
    private JsonObject history(WebApiCall call) throws Refusal {
        String channel = channel(call.param("channel")).get("id").getAsString();
        return listed(call, messages.stream().filter(m -> m.get("channel").getAsString().equals(channel))
                .filter(m -> !m.has("thread_ts") || m.get("thread_ts").equals(m.get("ts")))
                .sorted(Comparator.comparing((JsonObject m) -> new BigDecimal(m.get("ts").getAsString())).reversed())
                .toList());
    }

    /** A thread: its parent and its replies, oldest first; {@code ts} names the parent or any reply. */
    private JsonObject replies(WebApiCall call) throws Refusal {
        String channel = channel(call.param("channel")).get("id").getAsString();
        String ts = required(call, "ts", "thread_not_found");
        String thread = messages.stream().filter(m -> m.get("ts").getAsString().equals(ts)).findFirst()
                .map(m -> m.has("thread_ts") ? m.get("thread_ts").getAsString() : ts)
                .orElseThrow(() -> new Refusal("thread_not_found"));
        List<JsonObject> inThread = messages.stream().filter(m -> m.get("channel").getAsString().equals(channel))
                .filter(m -> m.get("ts").getAsString().equals(thread)
                        || (m.has("thread_ts") && m.get("thread_ts").getAsString().equals(thread)))
                .sorted(Comparator.comparing(m -> new BigDecimal(m.get("ts").getAsString())))
                .toList();
        return listed(call, inThread);
    }

    private static JsonObject listed(WebApiCall call, List<JsonObject> messages) {
        boolean inclusive = "true".equals(call.param("inclusive")) || "1".equals(call.param("inclusive"));
        BigDecimal oldest = call.param("oldest") == null ? null : new BigDecimal(call.param("oldest"));
        BigDecimal latest = call.param("latest") == null ? null : new BigDecimal(call.param("latest"));
        int limit = call.param("limit") == null ? 100 : Integer.parseInt(call.param("limit"));
        JsonArray listed = new JsonArray();
        messages.stream().filter(m -> {
            BigDecimal ts = new BigDecimal(m.get("ts").getAsString());
            return (oldest == null || ts.compareTo(oldest) > 0 || (inclusive && ts.compareTo(oldest) == 0))
                    && (latest == null || ts.compareTo(latest) < 0 || (inclusive && ts.compareTo(latest) == 0));
        }).limit(limit).forEach(m -> {
            JsonObject copy = m.deepCopy();
            copy.remove("channel");
            listed.add(copy);
        });
        JsonObject answer = with("messages", listed);
        answer.addProperty("has_more", false);
        return answer;
    }

    private JsonObject permalink(WebApiCall call) throws Refusal {
        String channel = channel(call.param("channel")).get("id").getAsString();
        String ts = required(call, "message_ts", "message_not_found");
        JsonObject answer = new JsonObject();
        answer.addProperty("channel", channel);
        answer.addProperty("permalink", permalinkOf(channel, ts));
        return answer;
    }

    static String permalinkOf(String channel, String ts) {
        return "https://passerelle-test.slack.com/archives/" + channel + "/p" + ts.replace(".", "");
    }

    private JsonObject postMessage(WebApiCall call) throws Refusal {
        String channel = postedIn(call.param("channel"));
        if (blank(call.param("text")) && blank(call.param("blocks")) && blank(call.param("attachments"))) {
            throw new Refusal("no_text");
        }
        String ts = botTs();
        JsonObject message = new JsonObject();
        message.addProperty("type", "message");
        message.addProperty("user", TestWorkspace.BOT_USER);
        message.addProperty("bot_id", TestWorkspace.BOT_ID);
        message.addProperty("text", String.valueOf(call.param("text")));
        message.addProperty("ts", ts);
        JsonObject answer = new JsonObject();
        answer.addProperty("channel", channel);
        answer.addProperty("ts", ts);
        answer.add("message", message);
        return answer;
    }

    /**
     * Where a message is posted: the channel named, or, for a user id, the app's direct messages with that person (as
     * Slack does, answering with the conversation's id).
     */
    private String postedIn(@Nullable String channelOrUser) throws Refusal {
        if (channelOrUser != null && users.containsKey(channelOrUser)) {
            return channels.values().stream().filter(c -> c.has("user")
                            && c.get("user").getAsString().equals(channelOrUser))
                    .map(c -> c.get("id").getAsString()).findFirst()
                    .orElseThrow(() -> new Refusal("channel_not_found"));
        }
        return channel(channelOrUser).get("id").getAsString();
    }

    private JsonObject postEphemeral(WebApiCall call) throws Refusal {
        channel(call.param("channel"));
        user(call.param("user"));
        if (blank(call.param("text")) && blank(call.param("blocks"))) {
            throw new Refusal("no_text");
        }
        JsonObject answer = new JsonObject();
        answer.addProperty("message_ts", botTs());
        return answer;
    }

    private JsonObject addReaction(WebApiCall call) throws Refusal {
        String channel = channel(call.param("channel")).get("id").getAsString();
        String ts = required(call, "timestamp", "no_item_specified");
        String name = required(call, "name", "invalid_name");
        if (!reactions.add(channel + "/" + ts + "/" + name)) {
            throw new Refusal("already_reacted");
        }
        return new JsonObject();
    }

    private JsonObject view(WebApiCall call, String type) throws Refusal {
        JsonElement view = call.json("view");
        if (view == null || !view.isJsonObject() || !view.getAsJsonObject().has("type")
                || !type.equals(view.getAsJsonObject().get("type").getAsString())) {
            throw new Refusal("invalid_arguments");
        }
        JsonObject shown = view.getAsJsonObject().deepCopy();
        shown.addProperty("id", "V" + sequence.incrementAndGet());
        shown.addProperty("team_id", TestWorkspace.TEAM);
        return with("view", shown);
    }

    private JsonObject connectionsOpen() throws Refusal {
        if (socketModeUrl == null) {
            throw new Refusal("internal_error");
        }
        JsonObject answer = new JsonObject();
        answer.addProperty("url", socketModeUrl);
        return answer;
    }

    private static String required(WebApiCall call, String name, String error) throws Refusal {
        String value = call.param(name);
        if (blank(value)) {
            throw new Refusal(error);
        }
        return value;
    }

    private String botTs() {
        return "1900000000." + String.format("%06d", sequence.incrementAndGet());
    }

    private static JsonObject with(String name, JsonElement value) {
        JsonObject answer = new JsonObject();
        answer.add(name, value);
        return answer;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

}
