package dev.passerelle.core.curation;

import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The counts {@code /kb stats} is made of; figures only, never texts. */
public interface DeskStats {

    /** Every entry, counted by kind and status. */
    List<KindCount> entries();

    /** Entries created since then, gaps (questions) apart. */
    int created(Instant since);

    /** Questions answered each day since then, by how: {@code confident}, {@code likely} or {@code unanswered}. */
    List<DayCount> answers(LocalDate since);

    /** Helpful and Not helpful given since then. */
    Votes feedback(Instant since);

    /** People who shared knowledge (entries other than questions, answers in threads) since then, and their teams. */
    Contributors contributors(Instant since);

    /** How often each tag was put on entries created since then, with where they come from. */
    List<TagCount> tags(Instant since);

    record KindCount(EntryKind kind, EntryStatus status, int count) {}

    record DayCount(LocalDate day, String level, int count) {}

    record Votes(int helpful, int notHelpful) {}

    record Contributors(int people, int teams) {}

    record TagCount(String tag, String channelKey, boolean restricted, int count) {}
}
