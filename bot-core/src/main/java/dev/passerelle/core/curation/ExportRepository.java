package dev.passerelle.core.curation;

import dev.passerelle.core.vocabulary.Audience;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import java.util.Set;
import java.util.function.Consumer;

/** Reads the knowledge base for an export, a page at a time, so that a large one never sits in memory whole. */
public interface ExportRepository {

    /**
     * Hands over, in id order, each entry of this kind and one of these statuses that the audience may see: public
     * ones and those of the audience's restricted conversations.
     */
    void forEach(EntryKind kind, Set<EntryStatus> statuses, Audience audience, Consumer<ExportedEntry> each);
}
