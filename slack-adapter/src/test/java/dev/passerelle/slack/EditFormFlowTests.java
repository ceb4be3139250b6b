package dev.passerelle.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.app_backend.SlackSignature;
import com.slack.api.util.json.GsonFactory;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.passerelle.core.Passerelle;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.conversation.Settings;
import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.slack.render.BlockKit;
import dev.passerelle.slack.render.Permalinks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Edit button end to end in the adapter, through signed requests as Slack posts them and a local Web API speaking
 * Slack's wire format: the click opens the edit modal prefilled ({@code views.open} with its trigger id), and the
 * {@code view_submission} is recorded, applied, and the card the button was on redrawn through its response URL.
 */
class EditFormFlowTests {

    private static final String SECRET = "edit-form-signing-secret";
    private static final String KIM = "U0KIM";
    private static final String BOB = "U0BOB";
    private static final String SALES = "C0SALES";
    private static final Gson GSON = GsonFactory.createSnakeCase();
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    record Call(String path, Map<String, String> form, String body) {
        JsonObject json(String field) {
            return JsonParser.parseString(form.get(field)).getAsJsonObject();
        }
    }

    @TempDir
    Path data;
    final List<Call> calls = new CopyOnWriteArrayList<>();
    HttpServer server;
    Passerelle passerelle;
    PasserelleSlack slack;
    long entry;

    @BeforeEach
    void aDraftFaqInSales() {
        server = server();
        passerelle = Passerelle.open(data, new Settings(Language.EN, Set.of(KIM), Set.of(),
                Settings.DEFAULT_MAX_TEXT_LENGTH), Clock.systemUTC());
        slack = new PasserelleSlack(new SlackSettings(SECRET, "xoxb-test", null, base() + "/api/", Set.of()),
                passerelle.inbox(), passerelle.bot(), Language.EN, Executors.newVirtualThreadPerTaskExecutor());
        post(message("#faq Where is the badge desk? | Floor 5"));
        entry = await(() -> passerelle.store().entries().list(dev.passerelle.core.vocabulary.EntryKind.FAQ,
                dev.passerelle.core.vocabulary.EntryStatus.DRAFT, 10).stream().findFirst()).id();
    }

    @AfterEach
    void stop() {
        slack.close();
        passerelle.close();
        server.stop(0);
    }

    @Test
    void editOpensTheFormPrefilledAndItsSubmissionChangesTheEntryAndRedrawsTheCard() {
        String responseUrl = base() + "/response/1";

        assertThat(post(click(KIM, "trigger-1", responseUrl)).status()).isEqualTo(200);

        Call opened = awaitCall("/api/views.open");
        assertThat(opened.form()).containsEntry("trigger_id", "trigger-1");
        JsonObject modal = opened.json("view");
        assertThat(modal.get("callback_id").getAsString()).isEqualTo("passerelle_edit");
        assertThat(modal.toString()).contains("Where is the badge desk?", "Floor 5");

        PasserelleSlack.HttpAnswer submitted = post(submission("V0EDIT1",
                modal.get("private_metadata").getAsString(), "Where is the badge desk?", "Floor 3, room 301",
                "badges"));

        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.body()).isBlank();
        Entry edited = await(() -> passerelle.store().entries().find(entry)
                .filter(now -> "Floor 3, room 301".equals(now.body())));
        assertThat(edited.tags()).containsExactly("badges");
        Call redraw = awaitCall("/response/1");
        JsonObject response = JsonParser.parseString(redraw.body()).getAsJsonObject();
        assertThat(response.get("replace_original").getAsBoolean()).isTrue();
        assertThat(response.getAsJsonArray("blocks").toString()).contains("Floor 3, room 301")
                .doesNotContain("Floor 5");
    }

    @Test
    void anEmptyAnswerKeepsTheModalOpenWithTheErrorUnderThatField() {
        String metadata = new EditModals.Origin("T1", SALES, null, entry, "faq", "fr", null).toJson();

        PasserelleSlack.HttpAnswer submitted = post(submission("V0EDIT2", metadata, "Où est le bureau ?", "  ", ""));

        JsonObject errors = JsonParser.parseString(submitted.body()).getAsJsonObject();
        assertThat(errors.get("response_action").getAsString()).isEqualTo("errors");
        assertThat(errors.getAsJsonObject("errors").get("answer").getAsString())
                .isEqualTo("Ce champ ne peut pas être vide : écrivez le nouveau texte.");
        assertThat(passerelle.store().entries().find(entry).orElseThrow().body()).isEqualTo("Floor 5");
    }

    @Test
    void aMembersClickOpensNoFormAndIsRefusedInOneLine() {
        String responseUrl = base() + "/response/2";

        post(click(BOB, "trigger-2", responseUrl));

        Call refused = awaitCall("/response/2");
        assertThat(JsonParser.parseString(refused.body()).getAsJsonObject().get("text").getAsString())
                .startsWith("Only knowledge managers can use");
        assertThat(calls).extracting(Call::path).doesNotContain("/api/views.open");
    }

    // ---- What Slack posts ----

    private String message(String text) {
        JsonObject event = new JsonObject();
        event.addProperty("type", "message");
        event.addProperty("channel", SALES);
        event.addProperty("channel_type", "channel");
        event.addProperty("user", BOB);
        event.addProperty("text", text);
        event.addProperty("ts", "1700000000.000100");
        event.addProperty("event_ts", "1700000000.000100");
        JsonObject callback = new JsonObject();
        callback.addProperty("type", "event_callback");
        callback.addProperty("team_id", "T1");
        callback.addProperty("api_app_id", "A1");
        callback.addProperty("event_id", "Ev0EDIT");
        callback.addProperty("event_time", 1700000000);
        callback.add("event", event);
        return callback.toString();
    }

    /** Edit on a posted card: Slack sends back the message's blocks. */
    private String click(String user, String trigger, String responseUrl) {
        Entry shown = passerelle.store().entries().find(entry).orElseThrow();
        var card = dev.passerelle.core.knowledge.Cards.card(shown, 0).withButtons(List.of(
                new Block.Button("Edit", dev.passerelle.core.conversation.Action.EDIT, entry)));
        BlockKit kit = new BlockKit(Permalinks.none());
        JsonArray blocks = GSON.toJsonTree(kit.blocks(new Reply("Waiting for review", null, false,
                List.of(new Block.Entries(List.of(card)))), Language.EN)).getAsJsonArray();
        JsonObject payload = JsonParser.parseString("""
                {"type":"block_actions","user":{"id":"%s","username":"u","name":"u","team_id":"T1"},
                 "api_app_id":"A1","token":"t","container":{"type":"message","message_ts":"1700000001.000200",
                 "channel_id":"%s","is_ephemeral":false},"trigger_id":"%s","team":{"id":"T1","domain":"test"},
                 "channel":{"id":"%s","name":"sales"},
                 "message":{"type":"message","user":"UBOT","bot_id":"BBOT","text":"Waiting for review",
                   "ts":"1700000001.000200"},
                 "state":{"values":{}},"response_url":"%s",
                 "actions":[{"action_id":"edit","block_id":"entry-%d","text":{"type":"plain_text","text":"Edit"},
                   "value":"%d:en","type":"button","action_ts":"1700000002.000300"}]}
                """.formatted(user, SALES, trigger, SALES, responseUrl, entry, entry)).getAsJsonObject();
        payload.getAsJsonObject("message").add("blocks", blocks);
        return "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
    }

    private String submission(String viewId, String metadata, String question, String answer, String tags) {
        JsonObject values = new JsonObject();
        values.add("question", input("question", question));
        values.add("answer", input("answer", answer));
        values.add("tags", input("tags", tags));
        JsonObject view = JsonParser.parseString("""
                {"id":"%s","team_id":"T1","type":"modal","blocks":[],"callback_id":"passerelle_edit",
                 "hash":"1.a","root_view_id":"%s","app_id":"A1","bot_id":"BBOT"}
                """.formatted(viewId, viewId)).getAsJsonObject();
        view.addProperty("private_metadata", metadata);
        JsonObject state = new JsonObject();
        state.add("values", values);
        view.add("state", state);
        JsonObject payload = JsonParser.parseString("""
                {"type":"view_submission","team":{"id":"T1","domain":"test"},
                 "user":{"id":"%s","username":"kim","name":"kim","team_id":"T1"},"api_app_id":"A1","token":"t",
                 "trigger_id":"trigger-submit","response_urls":[],"is_enterprise_install":false}
                """.formatted(KIM)).getAsJsonObject();
        payload.add("view", view);
        return "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
    }

    private static JsonObject input(String id, String value) {
        JsonObject element = new JsonObject();
        element.addProperty("type", "plain_text_input");
        element.addProperty("value", value);
        JsonObject block = new JsonObject();
        block.add(id, element);
        return block;
    }

    private PasserelleSlack.HttpAnswer post(String body) {
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        String signature = new SlackSignature.Generator(SECRET).generate(timestamp, body);
        String type = body.startsWith("payload=") ? "application/x-www-form-urlencoded" : "application/json";
        return slack.handle(new PasserelleSlack.HttpExchange(body.getBytes(StandardCharsets.UTF_8), Map.of(
                "Content-Type", List.of(type), "X-Slack-Request-Timestamp", List.of(timestamp),
                "X-Slack-Signature", List.of(signature)), Map.of(), "127.0.0.1"));
    }

    // ---- The local Slack ----

    private <T> T await(java.util.function.Supplier<java.util.Optional<T>> found) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            var value = found.get();
            if (value.isPresent()) {
                return value.get();
            }
            sleep();
        }
        throw new AssertionError("not there within " + PATIENCE.toSeconds() + " s");
    }

    private Call awaitCall(String path) {
        return await(() -> calls.stream().filter(call -> call.path().equals(path)).findFirst());
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private HttpServer server() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            http.createContext("/", this::serve);
            http.start();
            return http;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
            Map<String, String> form = type.startsWith("application/x-www-form-urlencoded")
                    ? FormBodies.decode(body) : Map.of();
            calls.add(new Call(path, form, body));
            String answer = switch (path) {
                case "/api/auth.test" -> "{\"ok\":true,\"team_id\":\"T1\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\","
                        + "\"team\":\"Test\",\"user\":\"passerelle\",\"url\":\"https://test.slack.com/\"}";
                case "/api/users.info" -> "{\"ok\":true,\"user\":{\"id\":\"" + form.get("user") + "\",\"team_id\":\"T1\","
                        + "\"name\":\"someone\",\"real_name\":\"Someone\",\"locale\":\"en-US\",\"is_bot\":false,"
                        + "\"profile\":{\"real_name\":\"Someone\",\"email\":\"someone@example.com\"}}}";
                case "/api/conversations.info" -> "{\"ok\":true,\"channel\":{\"id\":\"" + form.get("channel")
                        + "\",\"name\":\"sales\",\"is_channel\":true,\"is_group\":false,\"is_im\":false,"
                        + "\"is_private\":false,\"is_member\":true}}";
                case "/api/views.open" -> form.containsKey("trigger_id")
                        ? "{\"ok\":true,\"view\":{\"id\":\"V0OPENED\",\"type\":\"modal\"}}"
                        : "{\"ok\":false,\"error\":\"invalid_trigger_id\"}";
                case "/api/chat.postEphemeral" -> "{\"ok\":true,\"message_ts\":\"1700000009.000900\"}";
                case "/api/chat.postMessage" -> "{\"ok\":true,\"channel\":\"" + form.get("channel")
                        + "\",\"ts\":\"1700000009.000901\"}";
                default -> "{\"ok\":true}";
            };
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }
}
