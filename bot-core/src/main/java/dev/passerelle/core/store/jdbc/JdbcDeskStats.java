package dev.passerelle.core.store.jdbc;

import dev.passerelle.core.curation.DeskStats;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The desk's counts in SQL; the day's answer tally is kept by {@link JdbcShownAnswers}. */
public final class JdbcDeskStats implements DeskStats {

    private static final String QUESTION = EntryKind.QUESTION.code();

    private final Jdbc jdbc;

    public JdbcDeskStats(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts one reply to a question, in the transaction that records what it showed. */
    static void tally(Jdbc jdbc, Instant at, String level) {
        jdbc.update("INSERT INTO answer_tally (day, level, n) VALUES (?, ?, 1) "
                + "ON CONFLICT (day, level) DO UPDATE SET n = answer_tally.n + 1",
                LocalDate.ofInstant(at, ZoneOffset.UTC).toString(), level);
    }

    @Override
    public List<KindCount> entries() {
        return jdbc.query("SELECT kind, status, COUNT(*) FROM entries GROUP BY kind, status ORDER BY kind, status",
                row -> new KindCount(EntryKind.fromCode(row.getString(1)), EntryStatus.fromCode(row.getString(2)),
                        row.getInt(3)));
    }

    @Override
    public int created(Instant since) {
        return jdbc.queryOne("SELECT COUNT(*) FROM entries WHERE created_at >= ? AND kind <> ?", row -> row.getInt(1),
                since, QUESTION).orElse(0);
    }

    @Override
    public List<DayCount> answers(LocalDate since) {
        return jdbc.query("SELECT day, level, n FROM answer_tally WHERE day >= ? ORDER BY day, level",
                row -> new DayCount(LocalDate.parse(row.getString(1)), row.getString(2), row.getInt(3)),
                since.toString());
    }

    @Override
    public Votes feedback(Instant since) {
        return jdbc.queryOne("SELECT COALESCE(SUM(helpful), 0), COALESCE(SUM(1 - helpful), 0) FROM feedback "
                + "WHERE given_at >= ?", row -> new Votes(row.getInt(1), row.getInt(2)), since).orElse(new Votes(0, 0));
    }

    @Override
    public Contributors contributors(Instant since) {
        return jdbc.queryOne("SELECT COUNT(DISTINCT p.id), COUNT(DISTINCT p.team) FROM people p WHERE p.id IN ("
                        + "SELECT author_id FROM entries WHERE created_at >= ? AND kind <> ? "
                        + "UNION SELECT person_id FROM evidence WHERE created_at >= ?)",
                row -> new Contributors(row.getInt(1), row.getInt(2)), since, QUESTION, since)
                .orElse(new Contributors(0, 0));
    }

    @Override
    public List<TagCount> tags(Instant since) {
        return jdbc.query("SELECT t.tag, e.channel_key, e.restricted, COUNT(*) FROM entry_tags t "
                        + "JOIN entries e ON e.id = t.entry_id WHERE e.created_at >= ? "
                        + "GROUP BY t.tag, e.channel_key, e.restricted",
                row -> new TagCount(row.getString(1), row.getString(2), row.getInt(3) == 1, row.getInt(4)), since);
    }
}
