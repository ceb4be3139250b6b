package dev.passerelle.core.store;

import java.nio.file.Path;
import java.util.Optional;

/** What a backup of the knowledge base holds, and what a restore did: enough for the operator to recognise it. */
public final class Backup {

    private Backup() {
    }

    /** A copy of the database: its file, its counts, the schema version it was written with, its size. */
    public record Copy(Path file, long entries, long people, long changes, String schema, long bytes) {

        public Copy at(Path moved) {
            return new Copy(moved, entries, people, changes, schema, bytes);
        }
    }

    /** A restore: the copy now in place, and where the database it replaced was kept, if there was one. */
    public record Restored(Copy copy, Optional<Path> previous) {}
}
