package dev.passerelle.slack.history;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Slack workspace export, as a zip or an unpacked folder: {@code users.json}, {@code channels.json} (and
 * {@code groups.json}, {@code mpims.json}, {@code dms.json} when present), and a folder per conversation of
 * {@code YYYY-MM-DD.json} day files, as Slack and slackdump's export mode write it. slackdump's dump mode (one
 * {@code <channel id>.json} per conversation, {@code {"channel_id", "messages"}}) is read too. Parsed with Jackson as
 * plain trees, never the Slack SDK's payload types, which reject fields real exports hold (nulls in
 * {@code files[].shares}).
 */
public final class SlackExport implements AutoCloseable {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}\\.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path root;
    private final @Nullable FileSystem zip;

    private SlackExport(Path root, @Nullable FileSystem zip) {
        this.root = root;
        this.zip = zip;
    }

    /** Opens a zip or a folder; refuses on one line anything that is neither or holds no {@code users.json}. */
    public static SlackExport open(Path path) {
        if (Files.isDirectory(path)) {
            return new SlackExport(rootIn(path, path), null);
        }
        if (!Files.isRegularFile(path)) {
            throw new ExportException(path + ": no such file or folder; give a Slack export's zip or its folder");
        }
        FileSystem zip;
        try {
            zip = FileSystems.newFileSystem(path);
        } catch (IOException | RuntimeException e) {
            throw new ExportException(path + ": not a zip file nor a folder; give a Slack export's zip or its folder");
        }
        try {
            return new SlackExport(rootIn(zip.getPath("/"), path), zip);
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    /** The folder holding {@code users.json}: the top, or the one folder a zip of a folder has. */
    private static Path rootIn(Path top, Path given) {
        if (Files.isRegularFile(top.resolve("users.json"))) {
            return top;
        }
        try (Stream<Path> children = Files.list(top)) {
            List<Path> folders = children.filter(Files::isDirectory)
                    .filter(folder -> Files.isRegularFile(folder.resolve("users.json"))).toList();
            if (folders.size() == 1) {
                return folders.getFirst();
            }
        } catch (IOException e) {
            throw new ExportException(given + ": cannot be read (" + e.getMessage() + ")");
        }
        throw new ExportException(given + ": users.json is missing; is this a Slack workspace export?");
    }

    /** The export's {@code users.json}: an array of user objects. */
    public List<JsonNode> users() {
        return array("users.json", true);
    }

    /** The conversations the export lists, public channels first. */
    public List<ExportedConversation> conversations() {
        List<ExportedConversation> all = new ArrayList<>();
        for (ExportedConversation.Kind kind : ExportedConversation.Kind.values()) {
            for (JsonNode node : array(kind.file(), kind == ExportedConversation.Kind.CHANNEL)) {
                all.add(ExportedConversation.of(kind, node));
            }
        }
        return all;
    }

    /**
     * The day files of a conversation, oldest first: its folder (named after the channel, or its id for direct
     * messages and slackdump), or slackdump's single {@code <id>.json}.
     */
    public List<Path> days(ExportedConversation conversation) {
        for (String name : conversation.folderNames()) {
            Path folder = root.resolve(name);
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    return files.filter(file -> DAY.matcher(file.getFileName().toString()).matches()).sorted().toList();
                } catch (IOException e) {
                    throw new ExportException(where(folder) + ": cannot be read (" + e.getMessage() + ")");
                }
            }
        }
        Path dump = root.resolve(conversation.id() + ".json");
        return Files.isRegularFile(dump) ? List.of(dump) : List.of();
    }

    /** The messages of one day file (or of a slackdump conversation file), as the export holds them. */
    public List<JsonNode> messages(Path file) {
        JsonNode tree = read(file);
        JsonNode messages = tree.isObject() ? tree.path("messages") : tree;
        if (!messages.isArray()) {
            throw new ExportException(where(file) + ": not a list of messages");
        }
        List<JsonNode> list = new ArrayList<>(messages.size());
        messages.forEach(list::add);
        return list;
    }

    /** A file's name as the person gave it: inside the zip or the folder. */
    public String where(Path file) {
        return root.relativize(file).toString();
    }

    private List<JsonNode> array(String name, boolean required) {
        Path file = root.resolve(name);
        if (!Files.isRegularFile(file)) {
            if (required) {
                throw new ExportException(name + " is missing; is this a Slack workspace export?");
            }
            return List.of();
        }
        JsonNode tree = read(file);
        if (!tree.isArray()) {
            throw new ExportException(name + ": not a JSON list");
        }
        List<JsonNode> list = new ArrayList<>(tree.size());
        tree.forEach(list::add);
        return list;
    }

    private JsonNode read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return JSON.readTree(in);
        } catch (NoSuchFileException e) {
            throw new ExportException(where(file) + " is missing");
        } catch (JacksonException e) {
            throw new ExportException(where(file) + ": malformed JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new ExportException(where(file) + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    @Override
    public void close() {
        if (zip != null) {
            closeQuietly(zip);
        }
    }

    private static void closeQuietly(FileSystem zip) {
        try {
            zip.close();
        } catch (IOException e) {
            // Read-only: nothing was written that closing could lose.
        }
    }
}
