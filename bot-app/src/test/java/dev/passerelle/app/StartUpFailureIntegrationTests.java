package dev.passerelle.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Passerelle;
import dev.passerelle.core.conversation.Settings;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server started as deployed on a data directory it must refuse (here a database with a damaged page): the
 * operator reads why, and what to do, in the first lines of what it printed, with no stack trace to dig through.
 */
class StartUpFailureIntegrationTests {

    /** The banner, the few lines Boot prints before the knowledge base is opened, and Boot's failure heading. */
    private static final int FIRST_LINES = 40;

    @TempDir
    Path temp;

    @Test
    void saysWhyItCannotStartInTheFirstLinesWithoutAStackTrace() throws Exception {
        Path dataDir = temp.resolve("data");
        Path database = damagedDatabase(dataDir);

        List<String> output = startAndWaitForTheEnd(dataDir);

        String sentence = "The knowledge base " + database.toAbsolutePath() + " is damaged";
        assertThat(output.subList(0, Math.min(FIRST_LINES, output.size())))
                .as(String.join("\n", output)).anySatisfy(line -> assertThat(line).startsWith(sentence));
        assertThat(output).as(String.join("\n", output)).noneSatisfy(line -> assertThat(line).startsWith("\tat "));
    }

    /** The local chat sends its logs to a file: what it prints on the terminal is only the sentence. */
    @Test
    void theLocalChatSaysWhyItCannotStartOnItsFirstLine() throws Exception {
        Path dataDir = temp.resolve("data");
        Path database = damagedDatabase(dataDir);

        List<String> output = run(List.of("chat", "--data", dataDir.toAbsolutePath().toString()));

        assertThat(output).as(String.join("\n", output)).isNotEmpty();
        assertThat(output.getFirst()).as(String.join("\n", output))
                .startsWith("The knowledge base " + database.toAbsolutePath() + " is damaged");
        assertThat(output).as(String.join("\n", output)).noneSatisfy(line -> assertThat(line).startsWith("\tat "));
    }

    /** A real knowledge base whose first page of entries is overwritten. */
    private static Path damagedDatabase(Path dataDir) throws IOException {
        Passerelle.open(dataDir, Settings.defaults(), Clock.systemUTC()).close();
        Path file = dataDir.resolve("passerelle.db");
        ReadOnlyDatabase database = new ReadOnlyDatabase(file);
        int page = database.query("SELECT rootpage FROM sqlite_master WHERE name = 'entries'", row -> row.getInt(1))
                .getFirst();
        int pageSize = database.query("PRAGMA page_size", row -> row.getInt(1)).getFirst();
        byte[] bytes = Files.readAllBytes(file);
        Arrays.fill(bytes, (page - 1) * pageSize, page * pageSize, (byte) 0xA5);
        Files.write(file, bytes);
        return file;
    }

    private List<String> startAndWaitForTheEnd(Path dataDir) throws IOException, InterruptedException {
        return run(List.of("--server.address=127.0.0.1", "--server.port=0",
                "--passerelle.data-dir=" + dataDir.toAbsolutePath()));
    }

    /** What the application printed, standard output and error together, until it stopped. */
    private List<String> run(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(ServerProcess.Launch.testClassPath().command());
        command.addAll(arguments);
        Path log = Files.createTempFile(temp, "output", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The server did not stop on a damaged database:\n" + Files.readString(log));
        }
        assertThat(process.exitValue()).as("exit status of " + String.join(" ", arguments) + ":\n" + Files.readString(log))
                .isNotZero();
        return Files.readAllLines(log, StandardCharsets.UTF_8);
    }
}
