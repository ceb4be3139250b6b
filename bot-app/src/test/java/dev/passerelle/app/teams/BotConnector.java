package dev.passerelle.app.teams;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.passerelle.app.LoadWorkspace.Person;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Bot Framework connector a Teams activity's {@code serviceUrl} names, on loopback: a member looked up
 * ({@code GET v3/conversations/{id}/members/{user}}) is answered from the workspace's people, a reply or a
 * message ({@code POST v3/conversations/{id}/activities[/{replyTo}]}) is given a fresh id and recorded, a member
 * list is empty, and anything else is accepted. Enough for the bot's whole turn to run as against Teams.
 */
final class BotConnector implements AutoCloseable {

    /** A message the bot sent: to which conversation, in reply to which activity (null: a new message). */
    record Sent(String conversation, String replyTo) {}

    private final HttpServer server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, Person> people;
    private final ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
    private final AtomicLong ids = new AtomicLong();

    BotConnector(List<Person> people) {
        this.people = new ConcurrentHashMap<>(people.stream().collect(Collectors.toMap(Person::id, Function.identity())));
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open a loopback port for the Bot Framework connector", e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::answer);
        server.start();
    }

    /** What activities carry as {@code serviceUrl}. */
    String serviceUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    List<Sent> sent() {
        return List.copyOf(sent);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            String[] path = exchange.getRequestURI().getPath().split("/");
            // ["", "v3", "conversations", id, "members"|"activities", more]
            String resource = path.length > 4 ? path[4] : "";
            String conversation = path.length > 3 ? java.net.URLDecoder.decode(path[3], StandardCharsets.UTF_8) : "";
            String method = exchange.getRequestMethod();
            if (method.equals("GET") && resource.equals("members") && path.length > 5) {
                Person person = people.get(java.net.URLDecoder.decode(path[5], StandardCharsets.UTF_8));
                if (person == null) {
                    send(exchange, 404, "{\"error\":{\"code\":\"MemberNotFoundInConversation\"}}");
                } else {
                    send(exchange, 200, member(person).toString());
                }
            } else if (method.equals("GET") && resource.equals("members")) {
                send(exchange, 200, "[]");
            } else if (method.equals("POST") && resource.equals("activities")) {
                sent.add(new Sent(conversation, path.length > 5 ? path[5] : null));
                send(exchange, 201, "{\"id\":\"" + (1_900_000_000_000L + ids.incrementAndGet()) + "\"}");
            } else {
                send(exchange, 200, "{\"id\":\"" + (1_900_000_000_000L + ids.incrementAndGet()) + "\"}");
            }
        }
    }

    private static JsonObject member(Person person) {
        JsonObject member = new JsonObject();
        member.addProperty("id", person.id());
        member.addProperty("name", person.name());
        member.addProperty("aadObjectId", "aad-" + person.id());
        member.addProperty("email", person.email());
        member.addProperty("userPrincipalName", person.email());
        member.addProperty("tenantId", TeamsLoad.TENANT);
        member.addProperty("userRole", "user");
        return member;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
