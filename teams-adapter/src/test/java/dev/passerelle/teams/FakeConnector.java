package dev.passerelle.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The Bot Connector service a bot answers to (Teams' {@code serviceUrl}), on loopback: it records every activity
 * the bot sends and serves a roster. Replies are counted, so a test can see that nothing was said.
 */
final class FakeConnector implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One activity the bot sent, the conversation it was sent to, and the id Teams gave it. */
    record Sent(String conversation, JsonNode activity, String id) {
        String text() {
            return activity.path("text").asText("");
        }

        JsonNode card() {
            return activity.path("attachments").path(0).path("content");
        }
    }

    private final HttpServer server;
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final List<JsonNode> created = new CopyOnWriteArrayList<>();
    private final List<Sent> updated = new CopyOnWriteArrayList<>();
    private final Map<String, ObjectNode> members = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile Consumer<Sent> onSent = sent -> { };

    FakeConnector() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::serve);
        server.start();
    }

    String serviceUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/amer/";
    }

    /** A person the roster knows, by Teams id and by Entra object id. */
    void member(String id, String aadObjectId, String name, String email) {
        ObjectNode member = JSON.createObjectNode().put("id", id).put("objectId", aadObjectId).put("name", name)
                .put("email", email).put("userPrincipalName", email).put("tenantId", "tenant-1");
        members.put(id, member);
        members.put(aadObjectId, member);
    }

    /** Runs when an activity arrives, before the bot is answered: to see what was true while the bot waited. */
    void onSent(Consumer<Sent> check) {
        onSent = check;
    }

    List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** The conversations the bot opened ({@code POST /v3/conversations}), as it asked for them. */
    List<JsonNode> created() {
        return List.copyOf(created);
    }

    /** The activities the bot updated in place ({@code PUT …/activities/{id}}), the id being the updated one. */
    List<Sent> updated() {
        return List.copyOf(updated);
    }

    /** Waits, up to ten seconds, for {@code count} activities sent: proactive ones go out on their own. */
    List<Sent> awaitSent(int count) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (sent.size() < count && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return sent();
    }

    void clear() {
        sent.clear();
        created.clear();
        updated.clear();
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
        byte[] body = exchange.getRequestBody().readAllBytes();
        String[] parts = path.split("/");
        // POST /amer/v3/conversations opens one; Teams answers with its id
        if (parts.length == 4 && "conversations".equals(parts[3]) && "POST".equals(exchange.getRequestMethod())) {
            created.add(JSON.readTree(body));
            respond(exchange, 201, JSON.createObjectNode().put("id", "a:opened-" + ids.incrementAndGet()));
            return;
        }
        // /amer/v3/conversations/{conversation}/activities[/{replyTo}] and /…/members[/{member}]
        if (parts.length >= 6 && "conversations".equals(parts[3])) {
            String conversation = parts[4];
            if ("activities".equals(parts[5]) && "POST".equals(exchange.getRequestMethod())) {
                Sent activity = new Sent(conversation, JSON.readTree(body), "sent-" + ids.incrementAndGet());
                onSent.accept(activity);
                sent.add(activity);
                respond(exchange, 200, JSON.createObjectNode().put("id", activity.id()));
                return;
            }
            if ("activities".equals(parts[5]) && parts.length == 7 && "PUT".equals(exchange.getRequestMethod())) {
                updated.add(new Sent(conversation, JSON.readTree(body), parts[6]));
                respond(exchange, 200, JSON.createObjectNode().put("id", parts[6]));
                return;
            }
            if ("members".equals(parts[5]) && parts.length == 7 && members.containsKey(parts[6])) {
                respond(exchange, 200, members.get(parts[6]));
                return;
            }
            if ("members".equals(parts[5]) && parts.length == 6) {
                respond(exchange, 200, JSON.valueToTree(members.values().stream().distinct().toList()));
                return;
            }
        }
        respond(exchange, 404, JSON.createObjectNode().put("error", "not found"));
    }

    private static void respond(HttpExchange exchange, int status, JsonNode json) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(json);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
