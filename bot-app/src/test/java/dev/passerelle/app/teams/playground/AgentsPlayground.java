package dev.passerelle.app.teams.playground;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Microsoft's Teams client emulator, the npm package {@value #PACKAGE} pinned at {@value #VERSION}
 * (Microsoft 365 Agents Playground), run headless as a child process and driven over its own HTTP
 * and WebSocket API, the one its web page uses. Everything is on 127.0.0.1: the playground is made
 * to listen on loopback only (a {@code --require} preload), and its {@code serviceUrl}, the
 * address the bot replies to, is {@code http://127.0.0.1:<port>/_connector}.
 *
 * <p>What the playground offers and how it answers is written down in {@code PLAYGROUND.md} beside
 * this class. In short: a user's message reaches the bot as a {@code message} activity; the bot's
 * replies, posted to the serviceUrl, come back as WebSocket frames
 * {@code {"action":"createMessage"|"updateMessage"|"typing","actionConversationId":…,"message":{…}}},
 * all collected here ({@link #frames()}, {@link #awaitReply}); card buttons, message extensions and
 * the feedback buttons are invokes; lifecycle events and anything else (reactions) are "custom
 * activities", posted to the bot as they are.
 *
 * <p>Start one with {@link #start(URI)} (the bot's {@code /api/messages} URL); it needs the package
 * installed by {@code bin/install-playground} ({@link #ensureInstalled(Duration)} runs it). Logs go
 * to {@code target/playground/<run>/}. {@link #close()} ends the process and its descendants.
 */
public final class AgentsPlayground implements AutoCloseable {

    public static final String PACKAGE = "@microsoft/m365agentsplayground";
    public static final String VERSION = "0.2.28";
    /** The personal chat's id unless the builder sets another: the only chat where plain messages reach the bot. */
    public static final String DEFAULT_CONVERSATION_ID = "personal-chat-0";
    public static final String ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive";

    /** The oldest Node.js major version the playground is run on. */
    static final int NODE_MAJOR = 20;
    static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(60);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);
    private static final int TAIL_LINES = 40;
    private static final int START_ATTEMPTS = 3;
    private static final Pattern LISTENING = Pattern.compile("Listening on (\\d+)");
    private static final AtomicInteger RUNS = new AtomicInteger();

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Makes every Node server listen on 127.0.0.1 when it names no host (the playground names none). */
    private static final String LOOPBACK_PRELOAD = """
            'use strict';
            // Written by AgentsPlayground.java: servers that name no host listen on loopback only.
            const net = require('net');
            const listen = net.Server.prototype.listen;
            net.Server.prototype.listen = function (...args) {
              const first = args[0];
              if (typeof first === 'number' || (typeof first === 'string' && /^\\d+$/.test(first))) {
                if (typeof args[1] !== 'string') args.splice(1, 0, '127.0.0.1');
              } else if (first && typeof first === 'object' && !Array.isArray(first)
                  && first.path === undefined && first.host === undefined && first.fd === undefined
                  && first._handle === undefined) {
                args[0] = { ...first, host: '127.0.0.1' };
              }
              return listen.apply(this, args);
            };
            """;

    private final Process process;
    private final Path runDir;
    private final Path logFile;
    private final Path processLog;
    private final int port;
    private final URI baseUri;
    private final URI botEndpoint;
    private final String conversationId;
    private final HttpClient http;
    private final List<JsonNode> frames = Collections.synchronizedList(new ArrayList<>());
    private final Object framesChanged = new Object();
    private final Thread shutdownHook;
    private volatile WebSocket webSocket;
    private volatile String webSocketClosed;
    private volatile JsonNode config;
    private volatile boolean closed;

    private AgentsPlayground(Process process, Path runDir, Path logFile, Path processLog, int port, URI botEndpoint,
            String conversationId, HttpClient http) {
        this.process = process;
        this.runDir = runDir;
        this.logFile = logFile;
        this.processLog = processLog;
        this.port = port;
        this.baseUri = URI.create("http://127.0.0.1:" + port);
        this.botEndpoint = botEndpoint;
        this.conversationId = conversationId;
        this.http = http;
        this.shutdownHook = Thread.ofPlatform().unstarted(() -> stopProcessTree(process));
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    // ---------------------------------------------------------------- starting

    /** Starts a playground for the bot at {@code botEndpoint} (e.g. {@code http://127.0.0.1:8080/api/messages}). */
    public static AgentsPlayground start(URI botEndpoint) {
        return builder(botEndpoint).start();
    }

    public static Builder builder(URI botEndpoint) {
        return new Builder(botEndpoint);
    }

    /** Options for {@link #start()}; each has a default. */
    public static final class Builder {
        private final URI botEndpoint;
        private String conversationId = DEFAULT_CONVERSATION_ID;
        private Path installDir;
        private Path logRoot;
        private Path configFile;
        private Duration readyTimeout = DEFAULT_READY_TIMEOUT;

        private Builder(URI botEndpoint) {
            this.botEndpoint = Objects.requireNonNull(botEndpoint, "botEndpoint");
        }

        /** The personal chat's conversation id ({@code --conversation-id}). */
        public Builder conversationId(String id) {
            this.conversationId = Objects.requireNonNull(id);
            return this;
        }

        /** Where the package is installed; by default {@code <project>/.cache/agentsplayground}. */
        public Builder installDir(Path dir) {
            this.installDir = dir;
            return this;
        }

        /** Where each run's folder of logs goes; by default {@code target/playground} of the working directory. */
        public Builder logRoot(Path dir) {
            this.logRoot = dir;
            return this;
        }

        /** A {@code .m365agentsplayground.yml} of users, chats and teams; by default the built-in one. */
        public Builder configFile(Path file) {
            this.configFile = file;
            return this;
        }

        /** How long the process gets to listen and answer (60 s by default). */
        public Builder readyTimeout(Duration timeout) {
            this.readyTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        public AgentsPlayground start() {
            Path install = installDir != null ? installDir : defaultInstallDir();
            Path logs = logRoot != null ? logRoot : Path.of(System.getProperty("user.dir"), "target", "playground");
            return AgentsPlayground.launch(this, install, logs);
        }
    }

    private static AgentsPlayground launch(Builder options, Path installDir, Path logRoot) {
        Path binary = binary(installDir);
        Path runDir = createRunDir(logRoot);
        Path logFile = runDir.resolve("playground.log");
        Path processLog = runDir.resolve("process.log");
        if (!Files.isRegularFile(binary) || !Files.isRegularFile(packageJson(installDir))) {
            throw new PlaygroundException(PACKAGE + "@" + VERSION + " is not installed (no " + binary
                    + "): run bin/install-playground", logFile, processLog);
        }
        Optional<String> installed = installedVersion(installDir);
        if (!installed.equals(Optional.of(VERSION))) {
            throw new PlaygroundException(PACKAGE + " in " + installDir + " is version " + installed.orElse("?")
                    + ", not " + VERSION + ": run bin/install-playground", logFile, processLog);
        }
        Path preload = runDir.resolve("loopback.cjs");
        write(preload, LOOPBACK_PRELOAD);
        Instant deadline = Instant.now().plus(options.readyTimeout);
        PlaygroundException last = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            int wanted = freeLoopbackPort();
            CompletableFuture<Integer> listeningPort = new CompletableFuture<>();
            Process process = spawn(options, binary, runDir, preload, logFile, processLog, wanted, listeningPort);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).proxy(HttpClient.Builder.NO_PROXY).build();
            AgentsPlayground playground = null;
            try {
                int listening = awaitListening(process, listeningPort, processLog, logFile, deadline);
                if (listening != wanted) { // the port was taken meanwhile: the serviceUrl would be wrong
                    last = new PlaygroundException("asked for port " + wanted + " but the playground listens on "
                            + listening, logFile, processLog);
                    stopProcessTree(process);
                    http.shutdownNow();
                    continue;
                }
                playground = new AgentsPlayground(process, runDir, logFile, processLog, listening,
                        options.botEndpoint, options.conversationId, http);
                playground.awaitPing(deadline);
                playground.connectWebSocket(deadline);
                return playground;
            } catch (RuntimeException e) {
                if (playground != null) {
                    playground.close();
                } else {
                    stopProcessTree(process);
                    http.shutdownNow();
                }
                throw e instanceof PlaygroundException p ? p
                        : new PlaygroundException("The playground did not start: " + e, logFile, processLog, e);
            }
        }
        throw last;
    }

    private static Process spawn(Builder options, Path binary, Path runDir, Path preload, Path logFile,
            Path processLog, int port, CompletableFuture<Integer> listeningPort) {
        List<String> command = List.of(binary.toString(),
                "--app-endpoint", options.botEndpoint.toString(),
                "--channel-id", "msteams",
                "--port", Integer.toString(port),
                "--service-url", "http://127.0.0.1:" + port + "/_connector",
                "--conversation-id", options.conversationId,
                "--disable-telemetry");
        ProcessBuilder builder = new ProcessBuilder(command).directory(runDir.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("M365_AGENTS_PLAYGROUND_") || name.startsWith("TEAMSAPPTESTER_")
                || name.startsWith("TEAMS_APP_TEST_TOOL_") || name.equalsIgnoreCase("http_proxy")
                || name.equalsIgnoreCase("https_proxy") || name.equalsIgnoreCase("all_proxy")
                || name.startsWith("APPLICATIONINSIGHTS_"));
        env.put("NO_PROXY", "127.0.0.1,localhost");
        env.put("no_proxy", "127.0.0.1,localhost");
        env.put("APPLICATION_INSIGHTS_NO_STATSBEAT", "1");
        env.put("TEAMSAPPTESTER_BROWSER", "none");
        env.put("M365_AGENTS_PLAYGROUND_LOGFILE", logFile.toString());
        // A config path that does not exist means the built-in users, chats and team.
        env.put("M365_AGENTS_PLAYGROUND_CONFIG_PATH", options.configFile != null
                ? options.configFile.toAbsolutePath().toString() : runDir.resolve("no-config.yml").toString());
        env.put("TEAMS_APP_TEST_TOOL_CONFIG_PATH", runDir.resolve("no-config.yml").toString());
        String nodeOptions = env.getOrDefault("NODE_OPTIONS", "");
        env.put("NODE_OPTIONS", (nodeOptions + " --require \"" + preload + "\"").strip());
        try {
            Process process = builder.start();
            Thread.ofPlatform().daemon().name("playground-out-" + process.pid())
                    .start(() -> pump(process, processLog, listeningPort));
            return process;
        } catch (IOException e) {
            throw new PlaygroundException("Cannot run " + binary + " (is node on the PATH?): " + e, logFile,
                    processLog, e);
        }
    }

    /** Copies the process's output to {@code processLog} and spots its "Listening on <port>" line. */
    private static void pump(Process process, Path processLog, CompletableFuture<Integer> listening) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                Writer out = Files.newBufferedWriter(processLog, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                out.write(line);
                out.write('\n');
                out.flush();
                Matcher matcher = LISTENING.matcher(line);
                if (matcher.find()) {
                    listening.complete(Integer.parseInt(matcher.group(1)));
                }
            }
        } catch (IOException e) {
            // The process went away; awaitListening reports it.
        } finally {
            listening.completeExceptionally(new IllegalStateException("output ended"));
        }
    }

    private static int awaitListening(Process process, CompletableFuture<Integer> listening, Path processLog,
            Path logFile, Instant deadline) {
        try {
            return listening.get(remaining(deadline).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new PlaygroundException("The playground did not listen within the start timeout", logFile,
                    processLog);
        } catch (ExecutionException e) {
            waitFor(process, Duration.ofSeconds(2));
            throw new PlaygroundException("The playground stopped before listening"
                    + (process.isAlive() ? "" : " (exit code " + process.exitValue() + ")"), logFile, processLog);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlaygroundException("Interrupted while starting the playground", logFile, processLog);
        }
    }

    private void awaitPing(Instant deadline) {
        while (true) {
            try {
                HttpResponse<String> response = http.send(request("/_debug/ping").timeout(Duration.ofSeconds(5))
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure("Interrupted while waiting for the playground", e);
            }
            if (!process.isAlive()) {
                throw failure("The playground stopped (exit code " + process.exitValue() + ")", null);
            }
            if (Instant.now().isAfter(deadline)) {
                throw failure("The playground did not answer /_debug/ping in time", null);
            }
            sleep(Duration.ofMillis(100));
        }
    }

    private void connectWebSocket(Instant deadline) {
        URI uri = URI.create("ws://127.0.0.1:" + port + "/_ws_conversation/v1/conversations/stream");
        try {
            webSocket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                    .buildAsync(uri, new FrameCollector())
                    .get(Math.max(1, remaining(deadline).toMillis()), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw failure("Cannot open the conversation WebSocket " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("Interrupted while opening the conversation WebSocket", e);
        }
    }

    /** Collects every frame of the conversation stream, whole, in the order they came. */
    private final class FrameCollector implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                JsonNode frame;
                try {
                    frame = JSON.readTree(text);
                } catch (RuntimeException e) {
                    frame = JSON.getNodeFactory().stringNode(text);
                }
                frames.add(frame);
                synchronized (framesChanged) {
                    framesChanged.notifyAll();
                }
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
            webSocketClosed = "closed " + statusCode + " " + reason;
            synchronized (framesChanged) {
                framesChanged.notifyAll();
            }
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            webSocketClosed = "failed: " + error;
            synchronized (framesChanged) {
                framesChanged.notifyAll();
            }
        }
    }

    // ---------------------------------------------------------------- installation

    /**
     * The project's root: the nearest folder, from the working directory up, that holds
     * {@code bin/install-playground}.
     */
    public static Path projectRoot() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("bin/install-playground"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No bin/install-playground above " + System.getProperty("user.dir"));
    }

    public static Path defaultInstallDir() {
        return projectRoot().resolve(".cache/agentsplayground");
    }

    public static Path binary(Path installDir) {
        return installDir.resolve("node_modules/.bin/agentsplayground");
    }

    private static Path packageJson(Path installDir) {
        return installDir.resolve("node_modules").resolve(PACKAGE).resolve("package.json");
    }

    /** The installed package's version, if any. */
    public static Optional<String> installedVersion(Path installDir) {
        Path manifest = packageJson(installDir);
        if (!Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(Files.readString(manifest)).path("version").asString());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public static boolean isInstalled() {
        Path dir = defaultInstallDir();
        return Files.isRegularFile(binary(dir)) && installedVersion(dir).equals(Optional.of(VERSION));
    }

    /**
     * Why the playground cannot run on this machine, in one line, or empty when it can: it needs Node.js
     * {@value #NODE_MAJOR} or newer with npm on the PATH, as {@code bin/install-playground} checks.
     */
    public static Optional<String> whyItCannotRunHere() {
        Optional<String> node = output(List.of("node", "--version"));
        String missing = node.isEmpty() ? "node is not on the PATH"
                : nodeMajor(node.get()) < NODE_MAJOR ? "node " + node.get() + " is older than " + NODE_MAJOR
                : output(List.of("npm", "--version")).isEmpty() ? "npm is not on the PATH" : null;
        return Optional.ofNullable(missing).map(why -> "Microsoft's Agents Playground (Teams client emulator) needs"
                + " Node.js " + NODE_MAJOR + " or newer with npm: " + why);
    }

    /** 20 of {@code v20.11.1}; 0 when unreadable. */
    private static int nodeMajor(String version) {
        Matcher major = Pattern.compile("^v?(\\d+)").matcher(version);
        return major.find() ? Integer.parseInt(major.group(1)) : 0;
    }

    /** What a command prints, if it runs and succeeds within 30 s. */
    private static Optional<String> output(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            CompletableFuture<String> printed = CompletableFuture.supplyAsync(() -> {
                try {
                    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return process.exitValue() == 0 ? Optional.of(printed.get(5, TimeUnit.SECONDS)) : Optional.empty();
        } catch (IOException | ExecutionException | TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * Runs {@code bin/install-playground} unless the pinned version is installed already, within
     * {@code timeout}; its output goes to {@code target/playground/install.log}.
     */
    public static void ensureInstalled(Duration timeout) {
        if (isInstalled()) {
            return;
        }
        Path root = projectRoot();
        Path log = Path.of(System.getProperty("user.dir"), "target", "playground", "install.log");
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder("bash", root.resolve("bin/install-playground").toString())
                    .directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice())).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                stopProcessTree(process);
                throw new PlaygroundException("bin/install-playground did not finish within " + timeout, log, null);
            }
            if (process.exitValue() != 0 || !isInstalled()) {
                throw new PlaygroundException("bin/install-playground failed (exit code " + process.exitValue() + ")",
                        log, null);
            }
        } catch (IOException e) {
            throw new PlaygroundException("Cannot run bin/install-playground: " + e, log, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlaygroundException("Interrupted while installing the playground", log, null, e);
        }
    }

    // ---------------------------------------------------------------- what it is

    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:<port>}: the web page too, should a person want to look. */
    public URI baseUri() {
        return baseUri;
    }

    /** Where the bot's replies go: {@code http://127.0.0.1:<port>/_connector}. */
    public URI serviceUrl() {
        return baseUri.resolve("/_connector");
    }

    public URI botEndpoint() {
        return botEndpoint;
    }

    /** The personal chat's conversation id. */
    public String conversationId() {
        return conversationId;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The playground's own log ({@code M365_AGENTS_PLAYGROUND_LOGFILE}): requests, errors, bot calls. */
    public Path logFile() {
        return logFile;
    }

    /** This run's folder under {@code target/playground}. */
    public Path runDir() {
        return runDir;
    }

    /**
     * {@code GET /_internal/v1/config}, as the web page does on opening; it first waits (up to 15 s,
     * inside the playground) for the bot's endpoint to answer at all. Cached after the first call.
     * Shape: {@code {"config":{"tenantId","bot":{"id","name"},"currentUser":{"id":"user-id-0",…},
     * "users":[…],"personalChat":{"id","name"},"groupChats":[{"id","name","members"}],
     * "teams":[{"id","name","aadGroupId","channels":[{"id","name","channelType"}],"members"}]},
     * "internalConfig":{"locale","localTimezone","channelId":"msteams",…}}}}.
     */
    public JsonNode config() {
        JsonNode current = config;
        if (current == null) {
            current = getJson("/_internal/v1/config", Duration.ofSeconds(45));
            config = current;
        }
        return current;
    }

    /** The signed-in user, {@code user-id-0} with the built-in config. */
    public String userId() {
        return config().path("config").path("currentUser").path("id").asString();
    }

    public String botId() {
        return config().path("config").path("bot").path("id").asString();
    }

    public String botName() {
        return config().path("config").path("bot").path("name").asString();
    }

    public String tenantId() {
        return config().path("config").path("tenantId").asString();
    }

    /** The first group chat's id (random per start with the built-in config). */
    public String groupChatId() {
        return config().path("config").path("groupChats").path(0).path("id").asString();
    }

    /** The team's id, which is also its General channel's conversation id. */
    public String teamId() {
        return config().path("config").path("teams").path(0).path("id").asString();
    }

    // ---------------------------------------------------------------- messages

    /** The signed-in user writes {@code text} in the personal chat. Answers {@code {"messageId","timestamp"}}. */
    public JsonNode send(String text) {
        return send(userId(), text);
    }

    /**
     * Writes {@code text} in the personal chat. The playground replaces the sender with its signed-in
     * user whatever {@code fromUserId} says; other people speak through custom activities.
     */
    public JsonNode send(String fromUserId, String text) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("from").put("id", fromUserId);
        body.put("text", text);
        body.put("textFormat", "plain");
        return postMessage(conversationId, body);
    }

    /**
     * The signed-in user writes {@code text} with an @mention of the bot in front, in a group chat or
     * a channel (there, only messages that mention the bot reach it; in a channel each message
     * starts a new post, whose id is answered as {@code postConversationId}).
     */
    public JsonNode sendMentioningBot(String conversation, String text) {
        String mention = "<at>" + botName() + "</at>";
        ObjectNode body = JSON.createObjectNode();
        body.putObject("from").put("id", userId());
        body.put("text", mention + " " + text);
        body.put("textFormat", "plain");
        ObjectNode entry = body.putArray("mentions").addObject();
        entry.putObject("mentioned").put("id", botId());
        entry.put("text", mention);
        return postMessage(conversation, body);
    }

    /**
     * {@code POST /_conversation/v1/conversations/{conversation}/messages} with a body of
     * {@code {"from":{"id"},"text","textFormat":"plain"|"markdown"|"xml","mentions"?}} or
     * {@code {"from":{"id"},"attachments":[…],"attachmentLayout":"list"|"carousel","text"?}}.
     */
    public JsonNode postMessage(String conversation, JsonNode body) {
        return postJson("/_conversation/v1/conversations/" + pathSegment(conversation) + "/messages", body);
    }

    // ---------------------------------------------------------------- frames

    /** Every frame received so far, in order. */
    public List<JsonNode> frames() {
        synchronized (frames) {
            return List.copyOf(frames);
        }
    }

    /**
     * The first frame, received before or within {@code timeout}, that {@code matcher} accepts;
     * fails with the frames seen and the log's tail otherwise.
     */
    public JsonNode awaitReply(Predicate<JsonNode> matcher, Duration timeout) {
        return awaitReplyAfter(0, matcher, timeout);
    }

    /** How many frames came so far: a mark for {@link #awaitReplyAfter}. */
    public int frameCount() {
        return frames.size();
    }

    /** Like {@link #awaitReply}, among the frames after the first {@code mark} ones only. */
    public JsonNode awaitReplyAfter(int mark, Predicate<JsonNode> matcher, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        int seen = mark;
        synchronized (framesChanged) {
            while (true) {
                List<JsonNode> snapshot = frames();
                for (int i = seen; i < snapshot.size(); i++) {
                    if (matcher.test(snapshot.get(i))) {
                        return snapshot.get(i);
                    }
                }
                seen = snapshot.size();
                Duration left = remaining(deadline);
                if (left.isZero()) {
                    throw failure("No matching frame within " + timeout + (webSocketClosed != null
                            ? " (WebSocket " + webSocketClosed + ")" : "") + "; frames after " + mark + ": "
                            + snapshot.subList(Math.min(mark, snapshot.size()), snapshot.size()), null);
                }
                try {
                    framesChanged.wait(Math.max(1, Math.min(left.toMillis(), 200)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw failure("Interrupted while waiting for a frame", e);
                }
            }
        }
    }

    /** The first bot message frame whose text contains {@code fragment}. */
    public JsonNode awaitReplyContaining(String fragment, Duration timeout) {
        return awaitReply(createdMessage().and(textContains(fragment)), timeout);
    }

    /** A {@code createMessage} frame: a new message from the bot. */
    public static Predicate<JsonNode> createdMessage() {
        return frame -> "createMessage".equals(frame.path("action").asString());
    }

    /** An {@code updateMessage} frame: the bot edited a message (or a stream moved on). */
    public static Predicate<JsonNode> updatedMessage() {
        return frame -> "updateMessage".equals(frame.path("action").asString());
    }

    public static Predicate<JsonNode> textContains(String fragment) {
        return frame -> frame.path("message").path("text").asString("").contains(fragment);
    }

    public static Predicate<JsonNode> hasAdaptiveCard() {
        return frame -> adaptiveCard(frame).isPresent();
    }

    /** The message's id in a frame: what invokes, submits and reactions name as {@code replyToId}. */
    public static String messageId(JsonNode frame) {
        return frame.path("message").path("messageId").asString();
    }

    /** The first Adaptive Card of a frame's message. */
    public static Optional<JsonNode> adaptiveCard(JsonNode frame) {
        for (JsonNode attachment : frame.path("message").path("attachments")) {
            if (ADAPTIVE_CARD.equalsIgnoreCase(attachment.path("contentType").asString(""))) {
                return Optional.of(attachment.path("content"));
            }
        }
        return Optional.empty();
    }

    /** The card's top-level action titled {@code title}. */
    public static JsonNode cardAction(JsonNode card, String title) {
        for (JsonNode action : card.path("actions")) {
            if (title.equals(action.path("title").asString())) {
                return action;
            }
        }
        throw new IllegalArgumentException("No action titled '" + title + "' in " + card);
    }

    /** The id of the latest bot message with an Adaptive Card in the personal chat. */
    public String latestCardMessageId() {
        List<JsonNode> snapshot = frames();
        for (int i = snapshot.size() - 1; i >= 0; i--) {
            JsonNode frame = snapshot.get(i);
            if (conversationId.equals(frame.path("actionConversationId").asString())
                    && adaptiveCard(frame).isPresent()) {
                return messageId(frame);
            }
        }
        throw failure("No Adaptive Card message from the bot in " + conversationId + " yet", null);
    }

    // ---------------------------------------------------------------- card actions

    /** The value the web page sends when an {@code Action.Execute} is clicked: {@code {"action":{type,title,verb,data}}}. */
    public static ObjectNode executeValue(JsonNode cardAction) {
        ObjectNode value = JSON.createObjectNode();
        ObjectNode action = value.putObject("action");
        action.put("type", cardAction.path("type").asString("Action.Execute"));
        if (cardAction.has("title")) {
            action.set("title", cardAction.get("title"));
        }
        action.set("verb", cardAction.path("verb"));
        action.set("data", cardAction.has("data") ? cardAction.get("data") : JSON.createObjectNode());
        return value;
    }

    /** {@code {"action":{"type":"Action.Execute","verb":verb,"data":data}}}. */
    public static ObjectNode executeValue(String verb, JsonNode data) {
        ObjectNode action = JSON.createObjectNode();
        action.put("type", "Action.Execute");
        action.put("verb", verb);
        action.set("data", data);
        return executeValue(action);
    }

    /** An {@code adaptiveCard/action} invoke on the latest card message; see {@link #invoke(String, JsonNode)}. */
    public JsonNode invoke(JsonNode value) {
        return invoke(latestCardMessageId(), value);
    }

    /**
     * {@code POST /_conversation/v1/invoke} {@code {"name":"adaptiveCard/action","value","from":{"id"},
     * "conversation":{"id"},"replyToId"}}: the bot gets an {@code invoke} activity with that
     * {@code value} and {@code replyToId}; its answer comes back as {@code {"type","value"}} (the
     * bot's invoke response body's fields). {@code replyToId} must be a message of the chat.
     */
    public JsonNode invoke(String replyToId, JsonNode value) {
        ObjectNode body = invokeBody("adaptiveCard/action", conversationId, value);
        body.put("replyToId", replyToId);
        return postJson("/_conversation/v1/invoke", body);
    }

    /** Clicks the latest card's {@code Action.Execute} titled {@code title}, as the web page would. */
    public JsonNode clickExecute(String title) {
        String messageId = latestCardMessageId();
        JsonNode card = adaptiveCard(frameOf(messageId)).orElseThrow();
        return invoke(messageId, executeValue(cardAction(card, title)));
    }

    /** An {@code Action.Submit} on the latest card message; see {@link #submit(String, JsonNode)}. */
    public void submit(JsonNode data) {
        submit(latestCardMessageId(), data);
    }

    /**
     * {@code POST /_conversation/v1/submit} {@code {"conversation":{"id"},"from":{"id"},"replyToId","value"}}:
     * the bot gets a {@code message} activity with that {@code value} (an object) and
     * {@code replyToId}, and no text. Answered with an empty 200 before the bot is called.
     */
    public void submit(String replyToId, JsonNode data) {
        ObjectNode body = JSON.createObjectNode();
        body.put("type", "submit");
        body.putObject("conversation").put("id", conversationId);
        body.putObject("from").put("id", userId());
        body.put("replyToId", replyToId);
        body.set("value", data);
        postJson("/_conversation/v1/submit", body);
    }

    /** Clicks the latest card's {@code Action.Submit} titled {@code title}: its {@code data} is submitted. */
    public void clickSubmit(String title) {
        String messageId = latestCardMessageId();
        JsonNode card = adaptiveCard(frameOf(messageId)).orElseThrow();
        JsonNode data = cardAction(card, title).path("data");
        submit(messageId, data.isObject() ? data : JSON.createObjectNode());
    }

    // ---------------------------------------------------------------- message extensions, feedback

    /**
     * {@code composeExtension/submitAction} from the compose box of the personal chat, with the
     * task module's {@code data}: value {@code {"commandId","commandContext":"compose",
     * "context":{"theme":"default"},"data"}}. Answers {@code {"task"?,"composeExtension"?}}, the
     * fields of the bot's invoke response body.
     */
    public JsonNode messageExtensionSubmit(String commandId, JsonNode data) {
        ObjectNode value = meValue(commandId, "compose");
        value.set("data", data);
        return invokeRaw("composeExtension/submitAction", conversationId, value);
    }

    /**
     * {@code composeExtension/submitAction} of a message action (the "…" menu of a message), with
     * {@code commandContext} "message" and {@code messagePayload} the message acted on.
     */
    public JsonNode messageActionSubmit(String commandId, JsonNode messagePayload, JsonNode data) {
        ObjectNode value = meValue(commandId, "message");
        value.set("data", data);
        value.set("messagePayload", messagePayload);
        return invokeRaw("composeExtension/submitAction", conversationId, value);
    }

    /** {@code composeExtension/fetchTask}: answers {@code {"task"}} from the bot. */
    public JsonNode messageExtensionFetchTask(String commandId) {
        return invokeRaw("composeExtension/fetchTask", conversationId, meValue(commandId, "compose"));
    }

    /**
     * {@code composeExtension/query}, as typed in a search-based extension: value
     * {@code {"commandId","parameters":[{"name","value"}],"queryOptions":{"skip":0,"count":25},
     * "commandContext":"compose","context":{"theme":"default"}}}. Answers {@code {"composeExtension"}}.
     */
    public JsonNode messageExtensionQuery(String commandId, String parameterName, String query) {
        ObjectNode value = meValue(commandId, "compose");
        ObjectNode parameter = value.putArray("parameters").addObject();
        parameter.put("name", parameterName);
        parameter.put("value", query);
        value.putObject("queryOptions").put("skip", 0).put("count", 25);
        return invokeRaw("composeExtension/query", conversationId, value);
    }

    /**
     * The thumbs up/down of a message sent with {@code channelData.feedbackLoopEnabled}: a
     * {@code message/submitAction} invoke with value {@code {"actionName":"feedback","actionValue":
     * {"reaction":"like"|"dislike","feedback":…}}}. Unlike Teams, the playground sends no
     * {@code replyToId}: the bot cannot tell which message was rated. Answers {@code {"status"}}.
     */
    public JsonNode feedback(String reaction, String feedback) {
        ObjectNode value = JSON.createObjectNode();
        value.put("actionName", "feedback");
        value.putObject("actionValue").put("reaction", reaction).put("feedback", feedback);
        return invokeRaw("message/submitAction", conversationId, value);
    }

    /**
     * {@code POST /_conversation/v1/invoke} {@code {"name","value","from":{"id"},"conversation":{"id"}}}
     * for the names the playground knows besides {@code adaptiveCard/action}:
     * {@code composeExtension/query|queryLink|anonymousQueryLink|fetchTask|submitAction},
     * {@code message/submitAction}. A 502 means the bot failed or did not answer 200.
     */
    public JsonNode invokeRaw(String name, String conversation, JsonNode value) {
        return postJson("/_conversation/v1/invoke", invokeBody(name, conversation, value));
    }

    private ObjectNode invokeBody(String name, String conversation, JsonNode value) {
        ObjectNode body = JSON.createObjectNode();
        body.put("name", name);
        body.set("value", value);
        body.putObject("from").put("id", userId());
        body.putObject("conversation").put("id", conversation);
        return body;
    }

    private static ObjectNode meValue(String commandId, String commandContext) {
        ObjectNode value = JSON.createObjectNode();
        value.put("commandId", commandId);
        value.put("commandContext", commandContext);
        value.putObject("context").put("theme", "default");
        return value;
    }

    // ---------------------------------------------------------------- lifecycle and custom activities

    /** The bot is installed in the personal chat: an {@code installationUpdate} with {@code action} "add". */
    public JsonNode install() {
        return lifecycle(conversationId, "install");
    }

    /** The user joins the personal chat: a {@code conversationUpdate} with {@code membersAdded} [the user]. */
    public JsonNode userAdded() {
        return lifecycle(conversationId, "userAdded");
    }

    /**
     * Posts the playground's template for {@code type} in {@code conversation} to the bot, as its
     * "Mock an Activity" menu does, and answers the activity sent. Types: install, uninstall,
     * userAdded, userRemoved, botAdded, botRemoved, channelCreated, channelRenamed, channelDeleted,
     * teamRenamed, teamDeleted (channel and team ones in the team only), sendEmail, mentionInWord.
     */
    public JsonNode lifecycle(String conversation, String type) {
        JsonNode activity = customActivityTemplate(conversation, type);
        customActivity(activity);
        return activity;
    }

    /**
     * What the web page does on opening a chat ({@code POST /_debug/conversation/{id}/installation}):
     * an {@code installationUpdate} (add) and a {@code conversationUpdate} with the bot in
     * {@code membersAdded}.
     */
    public void openConversation(String conversation) {
        postJson("/_debug/conversation/" + pathSegment(conversation) + "/installation", JSON.createObjectNode());
    }

    /** {@code GET /_internal/v1/customActivities/template?conversationId=…[&type=…]}; no type: a bare activity. */
    public ObjectNode customActivityTemplate(String conversation, String type) {
        String query = "?conversationId=" + URLEncoder.encode(conversation, StandardCharsets.UTF_8)
                + (type == null ? "" : "&type=" + URLEncoder.encode(type, StandardCharsets.UTF_8));
        return (ObjectNode) getJson("/_internal/v1/customActivities/template" + query, REQUEST_TIMEOUT);
    }

    /**
     * {@code POST /_internal/v1/customActivities}: the body goes to the bot as it is, with no
     * checks; the playground answers 200 before calling the bot and only logs the bot's failure.
     */
    public void customActivity(JsonNode activity) {
        postJson("/_internal/v1/customActivities", activity);
    }

    /**
     * A {@code messageReaction} activity on {@code replyToId} (which the playground cannot do on its
     * own: no reaction UI or API), built on its bare template and sent as a custom activity:
     * {@code reactionsAdded}, or {@code reactionsRemoved} when {@code added} is false, of one
     * {@code {"type":reaction}} (Teams: like, heart, laugh, surprised, sad, angry).
     */
    public JsonNode react(String replyToId, String reaction, boolean added) {
        ObjectNode activity = customActivityTemplate(conversationId, null);
        activity.put("type", "messageReaction");
        activity.put("replyToId", replyToId);
        ArrayNode reactions = activity.putArray(added ? "reactionsAdded" : "reactionsRemoved");
        reactions.addObject().put("type", reaction);
        ObjectNode channelData = activity.putObject("channelData");
        channelData.putObject("tenant").put("id", activity.path("conversation").path("tenantId").asString());
        channelData.putObject("legacy").put("replyToId", replyToId);
        customActivity(activity);
        return activity;
    }

    public JsonNode react(String replyToId, String reaction) {
        return react(replyToId, reaction, true);
    }

    // ---------------------------------------------------------------- HTTP

    private JsonNode getJson(String path, Duration timeout) {
        return exchange(request(path).timeout(timeout).GET().build());
    }

    private JsonNode postJson(String path, JsonNode body) {
        return exchange(request(path).timeout(REQUEST_TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUri + path)).header("Accept", "application/json");
    }

    private JsonNode exchange(HttpRequest request) {
        if (closed) {
            throw new IllegalStateException("The playground is closed");
        }
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw failure(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("Interrupted: " + request.method() + " " + request.uri(), e);
        }
        if (response.statusCode() / 100 != 2) {
            throw failure(request.method() + " " + request.uri() + " answered " + response.statusCode() + ": "
                    + response.body(), null);
        }
        String body = response.body();
        if (body == null || body.isBlank()) {
            return JSON.getNodeFactory().missingNode();
        }
        try {
            return JSON.readTree(body);
        } catch (RuntimeException e) {
            return JSON.getNodeFactory().stringNode(body);
        }
    }

    private JsonNode frameOf(String messageId) {
        List<JsonNode> snapshot = frames();
        for (int i = snapshot.size() - 1; i >= 0; i--) {
            if (messageId.equals(messageId(snapshot.get(i)))) {
                return snapshot.get(i);
            }
        }
        throw failure("No frame of message " + messageId, null);
    }

    // ---------------------------------------------------------------- stopping

    /** Ends the WebSocket, then the process and all its descendants (by PID), and waits for them. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        WebSocket socket = webSocket;
        if (socket != null) {
            socket.abort();
        }
        stopProcessTree(process);
        http.shutdownNow();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // shutting down already
        }
    }

    private static void stopProcessTree(Process process) {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plus(STOP_TIMEOUT);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(Math.max(1, remaining(deadline).toMillis()), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                // forced below
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        for (ProcessHandle handle : tree) {
            if (handle.isAlive()) {
                handle.destroyForcibly();
            }
        }
        waitFor(process, STOP_TIMEOUT);
    }

    // ---------------------------------------------------------------- failures

    /** Something went wrong with the playground; the message ends with its logs' last lines. */
    public static final class PlaygroundException extends RuntimeException {
        PlaygroundException(String message, Path log, Path otherLog) {
            this(message, log, otherLog, null);
        }

        PlaygroundException(String message, Path log, Path otherLog, Throwable cause) {
            super(message + tails(log, otherLog), cause);
        }
    }

    private PlaygroundException failure(String message, Throwable cause) {
        return new PlaygroundException(message, logFile, processLog, cause);
    }

    private static String tails(Path... logs) {
        StringBuilder text = new StringBuilder();
        for (Path log : logs) {
            if (log == null) {
                continue;
            }
            text.append("\n--- last lines of ").append(log).append(":\n");
            if (!Files.isRegularFile(log)) {
                text.append("(no such file)\n");
                continue;
            }
            try {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size())
                        .forEach(line -> text.append(line).append('\n'));
            } catch (IOException | UncheckedIOException e) {
                text.append("(unreadable: ").append(e).append(")\n");
            }
        }
        return text.toString();
    }

    // ---------------------------------------------------------------- small helpers

    private static Path createRunDir(Path logRoot) {
        String name = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-"
                + ProcessHandle.current().pid() + "-" + RUNS.incrementAndGet();
        try {
            return Files.createDirectories(logRoot.toAbsolutePath().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + logRoot.resolve(name), e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port", e);
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    static String pathSegment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Duration remaining(Instant deadline) {
        Duration left = Duration.between(Instant.now(), deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitFor(Process process, Duration timeout) {
        try {
            process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
