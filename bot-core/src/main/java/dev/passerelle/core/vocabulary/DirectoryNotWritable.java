package dev.passerelle.core.vocabulary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A directory of the data directory that this process cannot write to (permissions, an immutable flag, a read-only
 * mount). Checked before anything is opened: otherwise the fault shows later and elsewhere, as a database that
 * "cannot be opened" or an index whose lock file is "corrupt", and the fix (rights on the directory) is not named.
 */
public final class DirectoryNotWritable extends StoreException {

    private DirectoryNotWritable(Path dir, String cause, Throwable error) {
        super("Cannot start: the data directory " + dir.toAbsolutePath() + " is not writable (" + cause
                + "): give the user running Passerelle write access to it and to the files in it.", error);
    }

    /** Creates and deletes a file in {@code dir}, and checks that each file already there may be written. */
    public static void check(Path dir) {
        try {
            Files.delete(Files.createTempFile(dir, ".write-check", ".tmp"));
        } catch (IOException e) {
            throw new DirectoryNotWritable(dir, e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!Files.isWritable(file)) {
                    IOException denied = new java.nio.file.AccessDeniedException(file.toString());
                    throw new DirectoryNotWritable(dir, "AccessDeniedException: " + file, denied);
                }
            }
        } catch (IOException e) {
            throw new DirectoryNotWritable(dir, e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
