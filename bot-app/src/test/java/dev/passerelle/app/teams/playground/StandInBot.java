package dev.passerelle.app.teams.playground;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A tiny bot that stands in for Passerelle's Teams adapter, on 127.0.0.1: it takes
 * {@code POST /api/messages}, records every activity, and answers the way a Bot Framework bot does.
 * Each message with text gets {@code "echo: <text>"} posted back to
 * {@code <serviceUrl>/v3/conversations/<conversation.id>/activities/<activity.id>}; the text
 * {@code card} also gets an Adaptive Card with an {@code Action.Execute} and an {@code Action.Submit};
 * a submit (a message with a value) gets {@code "submitted: <value>"}; invokes are answered in the
 * HTTP response as the Bot Framework does.
 */
final class StandInBot implements AutoCloseable {

    static final String CARD_TEXT = "card";

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newFixedThreadPool(4);
    private final ExecutorService replies = Executors.newSingleThreadExecutor();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).proxy(HttpClient.Builder.NO_PROXY).build();
    private final List<JsonNode> activities = Collections.synchronizedList(new ArrayList<>());
    private final List<JsonNode> replyResults = Collections.synchronizedList(new ArrayList<>());
    private final Object changed = new Object();

    private StandInBot(HttpServer server) {
        this.server = server;
    }

    static StandInBot start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 16);
        StandInBot bot = new StandInBot(server);
        server.createContext("/api/messages", bot::handle);
        server.setExecutor(bot.handlers);
        server.start();
        return bot;
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/messages");
    }

    /** Every activity received, in order. */
    List<JsonNode> activities() {
        synchronized (activities) {
            return List.copyOf(activities);
        }
    }

    /** What each reply POST got back: {@code {"status","body","activity"}}. */
    List<JsonNode> replyResults() {
        synchronized (replyResults) {
            return List.copyOf(replyResults);
        }
    }

    JsonNode awaitActivity(Predicate<JsonNode> matcher, Duration timeout) {
        return awaitActivityAfter(0, matcher, timeout);
    }

    /** Among the activities after the first {@code mark} ones only. */
    JsonNode awaitActivityAfter(int mark, Predicate<JsonNode> matcher, Duration timeout) {
        return await(() -> {
            List<JsonNode> all = activities();
            return all.subList(Math.min(mark, all.size()), all.size());
        }, matcher, timeout, "activity");
    }

    JsonNode awaitReplyResult(Predicate<JsonNode> matcher, Duration timeout) {
        return await(this::replyResults, matcher, timeout, "reply result");
    }

    private JsonNode await(java.util.function.Supplier<List<JsonNode>> source, Predicate<JsonNode> matcher,
            Duration timeout, String what) {
        Instant deadline = Instant.now().plus(timeout);
        synchronized (changed) {
            while (true) {
                List<JsonNode> snapshot = source.get();
                for (JsonNode node : snapshot) {
                    if (matcher.test(node)) {
                        return node;
                    }
                }
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (left <= 0) {
                    throw new AssertionError("No matching " + what + " within " + timeout + "; got " + snapshot);
                }
                try {
                    changed.wait(Math.min(left, 200));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("Interrupted", e);
                }
            }
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) { // the playground's wait-on probe
                respond(exchange, 200, "");
                return;
            }
            JsonNode activity;
            try (InputStream in = exchange.getRequestBody()) {
                activity = AgentsPlayground.JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (RuntimeException e) {
                respond(exchange, 400, "");
                return;
            }
            record(activities, activity);
            String type = activity.path("type").asString();
            if ("invoke".equals(type)) {
                respond(exchange, 200, AgentsPlayground.JSON.writeValueAsString(invokeResponse(activity)));
                return;
            }
            respond(exchange, 202, "");
            if ("message".equals(type)) {
                replies.execute(() -> answer(activity));
            }
        }
    }

    private void answer(JsonNode activity) {
        String text = activity.path("text").asString("");
        if (!text.isEmpty()) {
            reply(activity, message("echo: " + text));
            if (text.strip().endsWith(CARD_TEXT)) {
                reply(activity, cardMessage());
            }
        } else if (activity.has("value")) {
            reply(activity, message("submitted: " + AgentsPlayground.JSON.writeValueAsString(activity.get("value"))));
        }
    }

    /** The Bot Framework's invoke response body, by invoke name. */
    private static JsonNode invokeResponse(JsonNode activity) {
        ObjectNode body = AgentsPlayground.JSON.createObjectNode();
        JsonNode value = activity.path("value");
        switch (activity.path("name").asString()) {
            case "adaptiveCard/action" -> {
                body.put("statusCode", 200);
                body.put("type", "application/vnd.microsoft.activity.message");
                body.put("value", "done: " + value.path("action").path("verb").asString());
            }
            case "composeExtension/submitAction", "composeExtension/query" -> {
                ObjectNode result = body.putObject("composeExtension");
                result.put("type", "result");
                result.put("attachmentLayout", "list");
                ObjectNode attachment = result.putArray("attachments").addObject();
                attachment.put("contentType", "application/vnd.microsoft.card.thumbnail");
                attachment.putObject("content").put("title", "result of " + value.path("commandId").asString());
            }
            default -> {
                // message/submitAction and the rest: an empty 200
            }
        }
        return body;
    }

    private static ObjectNode message(String text) {
        ObjectNode reply = AgentsPlayground.JSON.createObjectNode();
        reply.put("type", "message");
        reply.put("text", text);
        return reply;
    }

    private static ObjectNode cardMessage() {
        ObjectNode reply = AgentsPlayground.JSON.createObjectNode();
        reply.put("type", "message");
        ObjectNode attachment = reply.putArray("attachments").addObject();
        attachment.put("contentType", AgentsPlayground.ADAPTIVE_CARD);
        ObjectNode card = attachment.putObject("content");
        card.put("type", "AdaptiveCard");
        card.put("version", "1.4");
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.putArray("body").addObject().put("type", "TextBlock").put("text", "Approve ticket 42?");
        ArrayNode actions = card.putArray("actions");
        ObjectNode execute = actions.addObject();
        execute.put("type", "Action.Execute");
        execute.put("title", "Approve");
        execute.put("verb", "approve");
        execute.putObject("data").put("ticket", 42);
        ObjectNode submit = actions.addObject();
        submit.put("type", "Action.Submit");
        submit.put("title", "Vote yes");
        submit.putObject("data").put("choice", "yes");
        return reply;
    }

    /** POSTs {@code reply} to the activity's serviceUrl as a reply to it, over HTTP/1.1. */
    private void reply(JsonNode activity, ObjectNode reply) {
        String serviceUrl = activity.path("serviceUrl").asString();
        URI uri = URI.create(serviceUrl.replaceAll("/+$", "") + "/v3/conversations/"
                + AgentsPlayground.pathSegment(activity.path("conversation").path("id").asString())
                + "/activities/" + AgentsPlayground.pathSegment(activity.path("id").asString()));
        reply.set("conversation", activity.path("conversation"));
        reply.put("replyToId", activity.path("id").asString());
        ObjectNode result = AgentsPlayground.JSON.createObjectNode();
        result.set("activity", reply);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(AgentsPlayground.JSON.writeValueAsString(reply)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            result.put("status", response.statusCode());
            result.put("body", response.body());
        } catch (IOException e) {
            result.put("status", -1);
            result.put("body", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        record(replyResults, result);
    }

    private void record(List<JsonNode> list, JsonNode node) {
        list.add(node);
        synchronized (changed) {
            changed.notifyAll();
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (!body.isEmpty()) {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
        replies.shutdownNow();
        http.shutdownNow();
        try {
            handlers.awaitTermination(5, TimeUnit.SECONDS);
            replies.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
