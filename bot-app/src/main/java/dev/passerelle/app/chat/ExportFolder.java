package dev.passerelle.app.chat;

import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where the local chat puts the files the core gives (exports): a folder ({@code --export-dir}, or the data
 * directory's {@code exports/}). A name already there gets a number rather than being overwritten; each file is
 * written whole under a temporary name first, so a half-written export never carries the real name.
 */
final class ExportFolder {

    private final Path folder;

    ExportFolder(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /** What became of each reply's file: the path it was written to, and the line that says so. */
    record Saved(@Nullable Path path, String line) {}

    Map<Reply, Saved> save(Outcome outcome, Language fallback) {
        Map<Reply, Saved> saved = new IdentityHashMap<>();
        Language language = outcome.languageOr(fallback);
        for (Reply reply : outcome.replies()) {
            for (Block.File file : reply.files()) {
                try {
                    Path path = write(file);
                    saved.put(reply, new Saved(path, Messages.get(language, "export.local.saved", path)));
                } catch (IOException e) {
                    saved.put(reply, new Saved(null, Messages.get(language, "export.local.failed", folder,
                            e.getClass().getSimpleName())));
                }
            }
        }
        return saved;
    }

    private Path write(Block.File file) throws IOException {
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, ".export-", ".part");
        try {
            Files.write(temporary, file.bytes());
            Path target = free(file.name());
            return Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private Path free(String name) {
        Path target = folder.resolve(name);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve(stem + "-" + n + extension);
        }
        return target;
    }
}
