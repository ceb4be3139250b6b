package dev.passerelle.app;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real server, {@code java … PasserelleApplication} without {@code chat}, as its own JVM on a
 * free loopback port: started until {@code /actuator/health} says UP, killed with SIGKILL as a
 * crash would, restarted on the same port and data directory as a supervisor would. What it
 * prints goes to a log file, whose tail a failure shows.
 */
public final class ServerProcess implements AutoCloseable {

    /** Start-up on a busy two-core machine takes 10 to 20 s; a restart also replays what the crash left. */
    private static final Duration START_UP = Duration.ofSeconds(180);
    /** How Linux reports a process ended by signal 9: 128 + 9. */
    private static final int KILLED_BY_SIGKILL = 137;
    /** Environment variables the server reads on its own: the test decides them, not the shell. */
    private static final List<String> PLATFORM_VARIABLES = List.of("SLACK_SIGNING_SECRET", "SLACK_BOT_TOKEN",
            "SLACK_APP_TOKEN", "MICROSOFT_APP_ID", "MICROSOFT_APP_PASSWORD", "MICROSOFT_APP_TENANT_ID");

    private final Launch launch;
    private final Path dataDir;
    private final Map<String, String> environment;
    private final List<String> arguments;
    private final Path log;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;

    /** How the JVM is launched: the command up to the application's own arguments. */
    public record Launch(List<String> command) {

        /** The packaged application, as deployed: {@code java -jar bot-app/target/passerelle.jar}. */
        public static Launch jar(Path jar, String... jvmOptions) {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalArgumentException("No application jar at " + jar.toAbsolutePath()
                        + ": build it first (./mvnw -pl bot-app -am package -DskipTests)");
            }
            List<String> command = new ArrayList<>(javaWith(jvmOptions));
            command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
            return new Launch(List.copyOf(command));
        }

        /**
         * This JVM's class path and the application's main class: in the {@code test} phase the jar
         * is not built yet (or is an older build), but the compiled classes are on the class path.
         */
        public static Launch testClassPath(String... jvmOptions) {
            List<String> command = new ArrayList<>(javaWith(jvmOptions));
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), PasserelleApplication.class.getName()));
            return new Launch(List.copyOf(command));
        }

        private static List<String> javaWith(String... jvmOptions) {
            String java = ProcessHandle.current().info().command()
                    .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED"));
            command.addAll(List.of(jvmOptions));
            return command;
        }
    }

    private ServerProcess(Launch launch, Path dataDir, Map<String, String> environment, List<String> arguments,
            Path log) {
        this.launch = launch;
        this.dataDir = dataDir;
        this.environment = Map.copyOf(environment);
        this.arguments = List.copyOf(arguments);
        this.log = log;
        this.port = freeLoopbackPort();
    }

    /**
     * Starts the server on {@code dataDir} and waits until it is healthy.
     *
     * @param environment variables set for the server (the platforms' secrets); the other
     *                    platform variables of this shell are removed
     * @param arguments   further {@code --name=value} properties
     * @param log         where the server's output is appended, across restarts
     */
    public static ServerProcess start(Launch launch, Path dataDir, Map<String, String> environment,
            List<String> arguments, Path log) {
        ServerProcess server = new ServerProcess(launch, dataDir, environment, arguments, log);
        server.launch();
        return server;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** SIGKILL, as the kernel's OOM killer or a pulled plug would end it: no shutdown hook, no flush. */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The server did not die within 30 s of SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the killed server", e);
        }
        if (process.exitValue() != KILLED_BY_SIGKILL) {
            throw new IllegalStateException("The server ended with " + process.exitValue() + ", not by SIGKILL ("
                    + KILLED_BY_SIGKILL + ")" + logTail());
        }
    }

    /** Starts the server again on the same port and data directory, and waits until it is healthy. */
    public void restart() {
        if (process.isAlive()) {
            throw new IllegalStateException("The server is still running: kill it first");
        }
        launch();
    }

    /** One {@code GET /actuator/health}: what it answered, and how long it took. */
    public Health health(Duration timeout) {
        Instant asked = Instant.now();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(url("/actuator/health")).timeout(timeout)
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            boolean up = response.statusCode() == 200 && "UP".equals(JsonParser.parseString(response.body())
                    .getAsJsonObject().get("status").getAsString());
            return new Health(up, response.statusCode(), Duration.between(asked, Instant.now()));
        } catch (IOException | RuntimeException e) {
            return new Health(false, 0, Duration.between(asked, Instant.now()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Health(false, 0, Duration.between(asked, Instant.now()));
        }
    }

    /** A health answer: {@code status} 0 when none came (refused, timed out). */
    public record Health(boolean up, int status, Duration took) {}

    /** The last lines the server printed, for failure messages. */
    public String logTail() {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            return "\n--- server log " + log + " (tail) ---\n" + text.substring(Math.max(0, text.length() - 6000));
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            // A JFR recording is written at a clean stop only: SIGTERM then, as a service manager stops it.
            boolean recording = launch.command().stream().anyMatch(arg -> arg.startsWith("-XX:StartFlightRecording"));
            if (recording) {
                process.destroy();
            }
            try {
                if (!recording || !process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        http.close();
    }

    private void launch() {
        List<String> command = new ArrayList<>(launch.command());
        command.addAll(List.of("--server.address=127.0.0.1", "--server.port=" + port,
                "--passerelle.data-dir=" + dataDir.toAbsolutePath()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        PLATFORM_VARIABLES.forEach(builder.environment()::remove);
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the server: " + command.getFirst(), e);
        }
        awaitHealthy();
    }

    private void awaitHealthy() {
        Instant deadline = Instant.now().plus(START_UP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped during start-up with " + process.exitValue()
                        + logTail());
            }
            if (health(Duration.ofSeconds(2)).up()) {
                return;
            }
            pause(Duration.ofMillis(100));
        }
        throw new IllegalStateException("The server was not healthy within " + START_UP.toSeconds() + " s" + logTail());
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port", e);
        }
    }

    private static void pause(Duration time) {
        try {
            Thread.sleep(time);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
