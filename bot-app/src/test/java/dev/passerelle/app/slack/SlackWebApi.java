package dev.passerelle.app.slack;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Slack's Web API as a local HTTP server on a random loopback port, answering {@code /api/<method>}
 * the way Slack documents it: the bot token checked ({@code not_authed}, {@code invalid_auth}),
 * required parameters checked ({@code channel_not_found}, {@code no_text}…), the documented
 * response shapes, and HTTP 429 with {@code Retry-After} when told to. It also stands in for
 * response URLs ({@code /response/<n>}). Every request is recorded; since the app works after
 * acknowledging, assertions wait for the call they expect, a bounded time. The methods themselves, and the workspace they answer from, are {@link WebApiMethods}.
 */
final class SlackWebApi implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final String RESPONSE_PATH = "/response/";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final WebApiMethods methods = new WebApiMethods();
    private final List<RateLimit> rateLimits = new CopyOnWriteArrayList<>();
    private final List<WebApiCall> calls = new ArrayList<>();
    private final AtomicInteger sequence = new AtomicInteger();

    private record RateLimit(String method, Predicate<WebApiCall> when) {}

    private SlackWebApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/api/", this::api);
        server.createContext(RESPONSE_PATH, this::responseUrl);
        server.start();
    }

    static SlackWebApi start() {
        try {
            return new SlackWebApi();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open a loopback port for the test Slack Web API", e);
        }
    }

    String apiUrl() {
        return base() + "/api/";
    }

    /** A fresh response URL, as Slack puts in each command and interaction payload. */
    String newResponseUrl() {
        return base() + RESPONSE_PATH + sequence.incrementAndGet();
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    // ---- The workspace Slack knows about ----

    void person(String id, String realName, String email, String locale) {
        methods.person(id, realName, email, locale);
    }

    void publicChannel(String id, String name) {
        methods.publicChannel(id, name);
    }

    void privateChannel(String id, String name, String... memberIds) {
        methods.privateChannel(id, name, memberIds);
    }

    /** The bot's direct message conversation with this person. */
    void directMessages(String id, String userId) {
        methods.directMessages(id, userId);
    }

    /** A message Slack keeps, for {@code conversations.history} and {@code conversations.replies}. */
    void message(String channel, String ts, String user, String text, @Nullable String threadTs) {
        methods.message(channel, ts, user, text, threadTs);
    }

    /** Where {@code apps.connections.open} sends Socket Mode clients. */
    void socketModeUrl(String url) {
        methods.socketModeUrl(url);
    }

    static String permalinkOf(String channel, String ts) {
        return WebApiMethods.permalinkOf(channel, ts);
    }

    /** The next call of this method that matches answers HTTP 429, {@code Retry-After: 1}. */
    void rateLimitNext(String method, Predicate<WebApiCall> when) {
        rateLimits.add(new RateLimit(method, when));
    }

    // ---- What the app did ----

    /** Waits for a call of this method matching the predicate, and returns the first such call. */
    WebApiCall awaitCall(String method, Predicate<WebApiCall> matching) {
        Instant deadline = Instant.now().plus(PATIENCE);
        synchronized (calls) {
            while (true) {
                List<WebApiCall> found = calls(method, matching);
                if (!found.isEmpty()) {
                    return found.getFirst();
                }
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (left <= 0) {
                    throw new AssertionError("No " + method + " call as expected within " + PATIENCE.toSeconds()
                            + " s; the " + method + " calls made:\n" + String.join("\n", calls(method, call -> true)
                            .stream().map(String::valueOf).toList()));
                }
                waitQuietly(left);
            }
        }
    }

    /** Waits for {@code count} posts to this response URL, and gives them in the order they came. */
    List<WebApiCall> awaitResponses(String responseUrl, int count) {
        String path = responseUrl.substring(responseUrl.indexOf(RESPONSE_PATH));
        Instant deadline = Instant.now().plus(PATIENCE);
        synchronized (calls) {
            while (calls(path, call -> true).size() < count && Instant.now().isBefore(deadline)) {
                waitQuietly(Math.max(1, Duration.between(Instant.now(), deadline).toMillis()));
            }
            return calls(path, call -> true);
        }
    }

    /** Waits for what was posted to this response URL. */
    WebApiCall awaitResponse(String responseUrl) {
        return awaitCall(responseUrl.substring(responseUrl.indexOf(RESPONSE_PATH)), call -> true);
    }

    List<WebApiCall> calls(String method, Predicate<WebApiCall> matching) {
        synchronized (calls) {
            return calls.stream().filter(call -> call.method().equals(method)).filter(matching).toList();
        }
    }

    /**
     * Gives the app time to do what it should not: work it wrongly started (a forged request, a
     * redelivery) would have reached Slack by then. Assertions that something did not happen follow.
     */
    void letTheAppWork(Duration time) {
        Instant until = Instant.now().plus(time);
        synchronized (calls) {
            for (long left = time.toMillis(); left > 0; left = Duration.between(Instant.now(), until).toMillis()) {
                waitQuietly(left);
            }
        }
    }

    private void waitQuietly(long millis) {
        try {
            calls.wait(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for the app's Slack calls", e);
        }
    }

    private void record(WebApiCall call) {
        synchronized (calls) {
            calls.add(call);
            calls.notifyAll();
        }
    }

    // ---- HTTP ----

    private void api(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestURI().getPath().substring("/api/".length());
            Request request = Request.read(exchange);
            WebApiCall asked = new WebApiCall(method, request.form(), request.json(), 0, null, Instant.now());
            if (rateLimited(asked)) {
                exchange.getResponseHeaders().add("Retry-After", "1");
                record(new WebApiCall(method, request.form(), request.json(), 429, "ratelimited", asked.at()));
                send(exchange, 429, refusal("ratelimited"));
                return;
            }
            JsonObject answer;
            try {
                String token = request.token(asked);
                authorise(method, token);
                answer = TestWorkspace.APP_TOKEN.equals(token) && method.equals("auth.test")
                        ? WebApiMethods.appIdentity() : methods.answer(method, asked);
                answer.addProperty("ok", true);
            } catch (WebApiMethods.Refusal refused) {
                answer = refusal(refused.getMessage());
            }
            record(new WebApiCall(method, request.form(), request.json(), 200,
                    answer.get("ok").getAsBoolean() ? null : answer.get("error").getAsString(), asked.at(), answer));
            send(exchange, 200, answer);
        }
    }

    private void responseUrl(HttpExchange exchange) throws IOException {
        try (exchange) {
            Request request = Request.read(exchange);
            record(new WebApiCall(exchange.getRequestURI().getPath(), request.form(), request.json(), 200, null,
                    Instant.now()));
            JsonObject ok = new JsonObject();
            ok.addProperty("ok", true);
            send(exchange, 200, ok);
        }
    }

    private boolean rateLimited(WebApiCall call) {
        for (RateLimit limit : rateLimits) {
            if (limit.method().equals(call.method()) && limit.when().test(call) && rateLimits.remove(limit)) {
                return true;
            }
        }
        return false;
    }

    /** {@code auth.test} takes any valid token; Socket Mode wants the app-level one; the rest the bot's. */
    private static void authorise(String method, @Nullable String token) throws WebApiMethods.Refusal {
        if (token == null || token.isBlank()) {
            throw new WebApiMethods.Refusal("not_authed");
        }
        if (!token.equals(TestWorkspace.BOT_TOKEN) && !token.equals(TestWorkspace.APP_TOKEN)) {
            throw new WebApiMethods.Refusal("invalid_auth");
        }
        boolean appLevel = token.equals(TestWorkspace.APP_TOKEN);
        if (!method.equals("auth.test") && appLevel != method.equals("apps.connections.open")) {
            throw new WebApiMethods.Refusal("not_allowed_token_type");
        }
    }

    private static void send(HttpExchange exchange, int status, JsonObject body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static JsonObject refusal(String error) {
        JsonObject refusal = new JsonObject();
        refusal.addProperty("ok", false);
        refusal.addProperty("error", error);
        return refusal;
    }

    /** A request body, form-encoded or JSON, and the token from the header or the {@code token} field. */
    private record Request(Map<String, String> form, JsonObject json, @Nullable String authorization) {

        static Request read(HttpExchange exchange) throws IOException {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
            Map<String, String> form = new LinkedHashMap<>(decode(exchange.getRequestURI().getRawQuery()));
            JsonObject json = new JsonObject();
            if (type.startsWith("application/json")) {
                json = body.isBlank() ? json : JsonParser.parseString(body).getAsJsonObject();
            } else {
                form.putAll(decode(body));
            }
            return new Request(form, json, exchange.getRequestHeaders().getFirst("Authorization"));
        }

        @Nullable String token(WebApiCall call) {
            if (authorization != null && authorization.startsWith("Bearer ")) {
                return authorization.substring("Bearer ".length()).strip();
            }
            return call.param("token");
        }

        private static Map<String, String> decode(@Nullable String encoded) {
            Map<String, String> fields = new LinkedHashMap<>();
            if (encoded == null || encoded.isBlank()) {
                return fields;
            }
            for (String pair : encoded.split("&")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                fields.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
            return fields;
        }
    }

    public void close() {
        server.stop(0);
        threads.close();
    }
}
