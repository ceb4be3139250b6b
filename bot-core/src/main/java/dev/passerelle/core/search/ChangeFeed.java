package dev.passerelle.core.search;

import java.util.List;

/** The ordered change log that derived views (the search index) follow. */
public interface ChangeFeed {

    /** Changes after {@code seq}, oldest first, at most {@code limit}. */
    List<Change> after(long seq, int limit);

    /** One change: something of type {@code subject} with id {@code subjectId} changed. */
    record Change(long seq, Subject subject, long subjectId) {}

    enum Subject { ENTRY, EVIDENCE, SKILL }
}
