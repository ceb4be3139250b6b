package dev.passerelle.slack.history;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a small Slack workspace export as Slack lays it out: {@code users.json}, {@code channels.json},
 * {@code groups.json} and a folder of day files per conversation; {@link #zip} packs it as Slack's download does.
 */
final class ExportFolder {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path root;
    private final List<Map<String, Object>> users = new ArrayList<>();
    private final List<Map<String, Object>> channels = new ArrayList<>();
    private final List<Map<String, Object>> groups = new ArrayList<>();
    private final Map<String, List<Map<String, Object>>> days = new LinkedHashMap<>();

    ExportFolder(Path root) {
        this.root = root;
    }

    ExportFolder user(String id, String name, String email, String title) {
        users.add(Map.of("id", id, "team_id", "T1", "name", name.toLowerCase(), "is_bot", false,
                "profile", Map.of("real_name", name, "display_name", name, "email", email, "title", title)));
        return this;
    }

    ExportFolder bot(String id, String name) {
        users.add(Map.of("id", id, "team_id", "T1", "name", name, "is_bot", true, "profile", Map.of("real_name", name)));
        return this;
    }

    ExportFolder channel(String id, String name, String... members) {
        channels.add(Map.of("id", id, "name", name, "created", 1_700_000_000, "is_private", false,
                "members", List.of(members)));
        return this;
    }

    ExportFolder privateChannel(String id, String name, String... members) {
        groups.add(Map.of("id", id, "name", name, "created", 1_700_000_000, "is_private", true,
                "members", List.of(members)));
        return this;
    }

    /** A message a person posted on that day in that channel's folder. */
    ExportFolder message(String channel, String day, String user, String ts, String text) {
        return raw(channel, day, new LinkedHashMap<>(Map.of("type", "message", "user", user, "ts", ts, "text", text,
                "team", "T1")));
    }

    ExportFolder reply(String channel, String day, String user, String ts, String threadTs, String text) {
        return raw(channel, day, new LinkedHashMap<>(Map.of("type", "message", "user", user, "ts", ts, "text", text,
                "thread_ts", threadTs, "parent_user_id", "U0", "team", "T1")));
    }

    ExportFolder raw(String channel, String day, Map<String, Object> message) {
        days.computeIfAbsent(channel + "/" + day + ".json", key -> new ArrayList<>()).add(message);
        return this;
    }

    /** Writes the export's files and gives its folder. */
    Path write() {
        try {
            Files.createDirectories(root);
            JSON.writeValue(root.resolve("users.json").toFile(), users);
            JSON.writeValue(root.resolve("channels.json").toFile(), channels);
            JSON.writeValue(root.resolve("groups.json").toFile(), groups);
            for (Map.Entry<String, List<Map<String, Object>>> day : days.entrySet()) {
                Path file = root.resolve(day.getKey());
                Files.createDirectories(file.getParent());
                JSON.writeValue(file.toFile(), day.getValue());
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The written export as a zip, its files at the top as in Slack's download. */
    static Path zip(Path folder, Path zip) {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out);
                Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                entries.putNextEntry(new ZipEntry(folder.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, entries);
                entries.closeEntry();
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
