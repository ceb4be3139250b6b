package dev.passerelle.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.slack.render.BlockKit;
import dev.passerelle.slack.render.Permalinks;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An export reaches a Slack conversation through {@code files.uploadV2}, against a local server speaking Slack's
 * wire format for it: {@code files.getUploadURLExternal} gives an upload URL, the bytes are POSTed there, and
 * {@code files.completeUploadExternal} shares the file in the channel with the reply as its comment.
 */
class SlackFileUploadTests {

    static final String TOKEN = "xoxb-0000-test-token";
    static final byte[] CSV = "id,kind,title\r\n1,faq,Where are the price lists?\r\n".getBytes(StandardCharsets.UTF_8);

    record Call(String path, Map<String, String> form, byte[] body, String authorization) {}

    final List<Call> calls = new CopyOnWriteArrayList<>();
    final HttpServer server = server();
    final Delivery delivery = new Delivery(new SlackApi(Slack.getInstance(config()), TOKEN),
            new BlockKit(Permalinks.none()), Language.EN);

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void uploadsTheFileIntoTheConversationWithTheReplyAsItsComment() {
        Reply reply = new Reply("Here is the export passerelle-all-2026-12-02.csv: all entries, 1 in all.", "171.000",
                false, List.of(new Block.File("passerelle-all-2026-12-02.csv", "text/csv; charset=UTF-8", CSV)));

        delivery.send("C0SALES", "U0KIM", new Outcome(List.of(reply), List.of(), null).in(Language.EN), null);

        Call asked = only("/api/files.getUploadURLExternal");
        assertThat(asked.authorization()).isEqualTo("Bearer " + TOKEN);
        assertThat(asked.form()).containsEntry("filename", "passerelle-all-2026-12-02.csv")
                .containsEntry("length", String.valueOf(CSV.length));
        assertThat(only("/upload/F0EXPORT").body()).isEqualTo(CSV);
        Call completed = only("/api/files.completeUploadExternal");
        assertThat(completed.form()).containsEntry("channel_id", "C0SALES").containsEntry("thread_ts", "171.000")
                .containsEntry("initial_comment", "Here is the export passerelle-all-2026-12-02.csv: all entries, 1 in all.");
        assertThat(completed.form().get("files")).contains("\"id\":\"F0EXPORT\"")
                .contains("\"title\":\"passerelle-all-2026-12-02.csv\"");
        assertThat(calls).extracting(Call::path).doesNotContain("/api/chat.postMessage", "/api/files.info");
    }

    @Test
    void aReplyWithoutFilesIsStillAMessage() {
        delivery.send("C0SALES", "U0KIM", new Outcome(List.of(new Reply("Nothing to export: no FAQs that you can see "
                + "here.", null, false, List.of())), List.of(), null).in(Language.EN), null);

        assertThat(calls).extracting(Call::path).contains("/api/chat.postMessage")
                .noneMatch(path -> path.startsWith("/api/files."));
    }

    @Test
    void saysWhenSlackRefusesTheUpload() {
        Reply reply = new Reply("Here is the export x.csv", null, false,
                List.of(new Block.File("x.csv", "text/csv", CSV)));

        assertThat(delivery.upload("C0GONE", reply)).isFalse();
        assertThat(calls).extracting(Call::path).doesNotContain("/api/chat.postMessage");
    }

    private Call only(String path) {
        List<Call> matching = calls.stream().filter(call -> call.path().equals(path)).toList();
        assertThat(matching).as("calls to %s among %s", path, calls.stream().map(Call::path).toList()).hasSize(1);
        return matching.getFirst();
    }

    private SlackConfig config() {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(base() + "/api/");
        return config;
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
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
            Map<String, String> form = type.startsWith("application/x-www-form-urlencoded")
                    ? FormBodies.decode(new String(body, StandardCharsets.UTF_8)) : Map.of();
            calls.add(new Call(path, form, body, exchange.getRequestHeaders().getFirst("Authorization")));
            String answer = switch (path) {
                case "/api/files.getUploadURLExternal" -> form.containsKey("filename") && form.containsKey("length")
                        ? "{\"ok\":true,\"upload_url\":\"" + base() + "/upload/F0EXPORT\",\"file_id\":\"F0EXPORT\"}"
                        : "{\"ok\":false,\"error\":\"invalid_arguments\"}";
                case "/upload/F0EXPORT" -> "OK - " + body.length;
                case "/api/files.completeUploadExternal" -> "C0GONE".equals(form.get("channel_id"))
                        ? "{\"ok\":false,\"error\":\"channel_not_found\"}"
                        : "{\"ok\":true,\"files\":[{\"id\":\"F0EXPORT\",\"title\":\"export\"}]}";
                case "/api/chat.postMessage" -> "{\"ok\":true,\"channel\":\"" + form.get("channel")
                        + "\",\"ts\":\"172.000\"}";
                case "/api/auth.test" -> "{\"ok\":true,\"team_id\":\"T0TEST\",\"user_id\":\"U0BOT\"}";
                default -> "{\"ok\":false,\"error\":\"unknown_method\"}";
            };
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", path.startsWith("/upload/") ? "text/plain"
                    : "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }
}
