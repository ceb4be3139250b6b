package dev.passerelle.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real Teams traffic recorded by Microsoft's botbuilder-js tests, read where the shared data lives
 * ({@code ../shared/data/teams-botframework-recordings} next to the repository), never copied into it.
 */
final class Recordings {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Where the recordings are, under the shared data. */
    static final String FOLDER = "teams-botframework-recordings/recordings";
    private static final String SHARED_DATA = "../shared/data";

    /** One recorded file: what Teams posted to the bot, or what the bot sent to Teams. */
    record Recording(String name, JsonNode json) {
        JsonNode body() {
            return json.get("body");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private Recordings() {
    }

    static List<Recording> requests() {
        return read("-request-");
    }

    static List<Recording> replies() {
        return read("-reply-");
    }

    static Recording named(String name) {
        return Stream.concat(requests().stream(), replies().stream()).filter(r -> r.name().startsWith(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no recording " + name));
    }

    private static List<Recording> read(String kind) {
        Path folder = sharedData(FOLDER);
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("The Teams recordings are not at " + folder
                    + ": the shared data must sit next to the repository (../shared/data); a class that reads them is"
                    + " marked @RequiresSharedData(Recordings.FOLDER) to skip without it");
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().contains(kind)).sorted()
                    .map(file -> new Recording(file.getFileName().toString(), parse(file))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A folder of the public evaluation data, which sits beside the repository. */
    static Path sharedData(String folder) {
        return repositoryRoot().resolve(SHARED_DATA).resolve(folder).normalize();
    }

    /** The directory whose pom.xml is Passerelle's parent, found by walking up from where the tests run. */
    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path pom = dir.resolve("pom.xml");
            try {
                // Modules name the parent too, inside <parent>: only the parent's own artifactId counts.
                if (Files.isRegularFile(pom) && Files.readString(pom).replaceAll("(?s)<parent>.*?</parent>", "")
                        .contains("<artifactId>passerelle-parent</artifactId>")) {
                    return dir;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("No passerelle-parent pom.xml above " + Path.of("").toAbsolutePath());
    }

    private static JsonNode parse(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
