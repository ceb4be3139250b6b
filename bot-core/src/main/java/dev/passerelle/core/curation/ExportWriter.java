package dev.passerelle.core.curation;

import dev.passerelle.core.vocabulary.EntryKind;
import java.io.IOException;

/**
 * Writes an export file entry by entry, kind after kind, onto an output it does not own. Each format is one
 * implementation; none holds more than the entry it writes.
 */
interface ExportWriter {

    /** Before the first kind. */
    void begin() throws IOException;

    /** Before the first entry of a kind (only for a kind that has entries). */
    void kind(EntryKind kind) throws IOException;

    void entry(ExportedEntry entry) throws IOException;

    /** After the last entry: flushes what is buffered. */
    void end() throws IOException;
}
