package dev.passerelle.app.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.passerelle.app.PasserelleApplication;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real application started as its own JVM, {@code chat --json}, talked to line by line the
 * way a script would: each line written is answered by exactly one JSON line before the next is
 * written, so a missing, extra or non-JSON line shows up at the line that caused it.
 *
 * <p>Each start costs seconds: tests start one and play a whole conversation through it.
 */
final class ChatProcess implements AutoCloseable {

    /** JIT tier 1 only: the chat is short-lived, and full optimisation triples its start-up on two cores. */
    private static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1",
            "--enable-native-access=ALL-UNNAMED");
    /** Start-up (and the demo, when asked for) happens before the first answer. */
    private static final Duration FIRST_ANSWER = Duration.ofSeconds(180);
    private static final Duration NEXT_ANSWER = Duration.ofSeconds(60);
    private static final Object END = new Object();

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final Process process;
    private final Writer stdin;
    private final Path stderr;
    private final BlockingQueue<Object> stdout = new LinkedBlockingQueue<>();
    private boolean answeredOnce;

    private ChatProcess(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread.ofPlatform().daemon().name("chat-stdout-" + process.pid()).start(this::pumpStdout);
    }

    /** Starts {@code chat --json --data <dataDir>} plus {@code arguments} (e.g. {@code --demo}, {@code --passerelle.x=y}). */
    static ChatProcess start(Path dataDir, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), PasserelleApplication.class.getName(),
                "chat", "--json", "--data", dataDir.toString()));
        command.addAll(List.of(arguments));
        try {
            Path stderr = Files.createTempFile("passerelle-chat-", ".stderr");
            Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
            return new ChatProcess(process, stderr);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the chat process: " + command.getFirst(), e);
        }
    }

    /** Writes one input line and returns the one JSON line that answers it. */
    JsonNode send(String line) {
        assertThat(line).as("one input line").doesNotContain("\n", "\r");
        try {
            stdin.write(line);
            stdin.write('\n');
            stdin.flush();
        } catch (IOException e) {
            fail("The chat stopped reading its input at line " + abbreviate(line) + stderrTail(), e);
        }
        String answer = nextStdoutLine(answeredOnce ? NEXT_ANSWER : FIRST_ANSWER)
                .orElseGet(() -> fail("No output line for input " + abbreviate(line) + stderrTail()));
        answeredOnce = true;
        try {
            JsonNode node = JSON.readTree(answer);
            assertThat(node.isObject()).as("output line is a JSON object: %s", answer).isTrue();
            return node;
        } catch (tools.jackson.core.JacksonException e) {
            return fail("Output line is not JSON: " + abbreviate(answer), e);
        }
    }

    /**
     * Closes the input, waits for the process to end, and returns what it printed after the last
     * answer: nothing, when it keeps to the contract.
     */
    Ending finish() {
        try {
            stdin.close();
            if (!process.waitFor(NEXT_ANSWER.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("The chat did not end after its input was closed" + stderrTail());
            }
            List<String> trailing = new ArrayList<>();
            for (Optional<String> line = nextStdoutLine(NEXT_ANSWER); line.isPresent();
                    line = nextStdoutLine(NEXT_ANSWER)) {
                trailing.add(line.get());
            }
            return new Ending(process.exitValue(), trailing, Files.readString(stderr));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
        try {
            Files.deleteIfExists(stderr);
        } catch (IOException ignored) {
            // a temporary file: the OS cleans it up eventually
        }
    }

    /** How the process ended: its exit code, stray standard output after the last answer, its standard error. */
    record Ending(int exitCode, List<String> strayStdout, String stderr) {}

    private Optional<String> nextStdoutLine(Duration timeout) {
        try {
            Object next = stdout.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (next == null) {
                process.destroyForcibly();
                return fail("The chat gave no output line within " + timeout + stderrTail());
            }
            if (next == END) {
                stdout.add(END);
                return Optional.empty();
            }
            return Optional.of((String) next);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void pumpStdout() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                stdout.add(line);
            }
        } catch (IOException ignored) {
            // the process was destroyed: END below tells the reader
        } finally {
            stdout.add(END);
        }
    }

    private String stderrTail() {
        try {
            String text = Files.readString(stderr);
            return "\n--- chat stderr (tail) ---\n" + text.substring(Math.max(0, text.length() - 4000));
        } catch (IOException e) {
            return "";
        }
    }

    private static String abbreviate(String line) {
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
