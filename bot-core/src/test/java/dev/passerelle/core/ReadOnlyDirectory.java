package dev.passerelle.core;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A real directory, and the files in it, that nobody can write to, for as long as the test holds it. Permissions are enough for an ordinary
 * user; root ignores them, so as root the directory is also made immutable ({@code chattr +i}), which root must
 * obey. Where neither is possible the test is skipped, since the fault cannot be produced.
 */
public final class ReadOnlyDirectory implements AutoCloseable {

    private final Path dir;
    private boolean immutable;

    private ReadOnlyDirectory(Path dir) {
        this.dir = dir;
    }

    public static ReadOnlyDirectory of(Path dir) throws IOException, InterruptedException {
        ReadOnlyDirectory readOnly = new ReadOnlyDirectory(dir);
        permissions(dir, "r--r--r--", "r-xr-xr-x");
        if (writable(dir)) {
            readOnly.immutable = chattr("+i", dir);
        }
        if (writable(dir)) {
            readOnly.close();
        }
        assumeTrue(!writable(dir), "cannot make " + dir + " read-only here (root without chattr +i)");
        return readOnly;
    }

    private static boolean writable(Path dir) {
        try {
            Files.delete(Files.createTempFile(dir, "probe", ".tmp"));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean chattr(String change, Path dir) throws InterruptedException {
        try {
            Process process = new ProcessBuilder("chattr", "-R", change, dir.toString()).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (immutable) {
            chattr("-i", dir);
            immutable = false;
        }
        permissions(dir, "rw-r--r--", "rwxr-xr-x");
    }

    /** The directory and the files directly in it, as an operator's {@code chmod -R} would leave them. */
    private static void permissions(Path dir, String files, String directory) throws IOException {
        try (var paths = Files.list(dir)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(files));
            }
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString(directory));
    }
}
