package dev.passerelle.core.store.jdbc;

import dev.passerelle.core.knowledge.ShownAnswer;
import dev.passerelle.core.knowledge.ShownAnswerRepository;
import dev.passerelle.core.vocabulary.Language;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The answers shown, in SQL. Not indexed: nothing is logged in the change log. */
public final class JdbcShownAnswers implements ShownAnswerRepository {

    private static final String COLUMNS = "person_id, channel_key, restricted, thread_id, entry_id, ordinal, question, "
            + "language, shown_at, confident";

    private final Jdbc jdbc;

    public JdbcShownAnswers(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(List<ShownAnswer> shown, Instant forgetBefore) {
        jdbc.run(() -> {
            jdbc.update("DELETE FROM answers_shown WHERE shown_at < ?", forgetBefore);
            for (ShownAnswer s : shown) {
                jdbc.update("INSERT INTO answers_shown (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        s.personId(), s.channelKey(), s.restricted(), s.thread(), s.entryId(), s.ordinal(),
                        s.question(), s.language().code(), s.at(), s.confident());
            }
            // How the question was answered, counted for the desk's stats (kept longer than the rows above).
            if (!shown.isEmpty()) {
                ShownAnswer first = shown.getFirst();
                JdbcDeskStats.tally(jdbc, first.at(), first.entryId() == null ? "unanswered"
                        : first.confident() ? "confident" : "likely");
            }
        });
    }

    @Override
    public Optional<ShownAnswer> lastShown(long personId, String channelKey, long entryId, Instant since) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM answers_shown WHERE person_id = ? AND channel_key = ? "
                + "AND entry_id = ? AND shown_at >= ? ORDER BY shown_at DESC, id DESC LIMIT 1",
                JdbcShownAnswers::row, personId, channelKey, entryId, since);
    }

    @Override
    public List<ShownAnswer> lastReply(long personId, String channelKey, @Nullable String thread, Instant since) {
        String inThread = thread == null ? "thread_id IS NULL" : "thread_id = ?";
        Object[] args = thread == null ? new Object[] {personId, channelKey, since}
                : new Object[] {personId, channelKey, since, thread};
        Optional<ShownAnswer> latest = jdbc.queryOne("SELECT " + COLUMNS + " FROM answers_shown WHERE person_id = ? "
                + "AND channel_key = ? AND shown_at >= ? AND " + inThread + " ORDER BY shown_at DESC, id DESC LIMIT 1",
                JdbcShownAnswers::row, args);
        // One reply's rows share their time: the rows of that time, for that person, conversation and thread.
        return latest.map(last -> jdbc.query("SELECT " + COLUMNS + " FROM answers_shown WHERE person_id = ? "
                        + "AND channel_key = ? AND shown_at = ? AND " + inThread + " ORDER BY ordinal, id",
                        JdbcShownAnswers::row, thread == null ? new Object[] {personId, channelKey, last.at()}
                                : new Object[] {personId, channelKey, last.at(), thread}))
                .orElse(List.of());
    }

    private static ShownAnswer row(ResultSet row) throws SQLException {
        long entry = row.getLong("entry_id");
        Long entryId = row.wasNull() ? null : entry;
        return new ShownAnswer(row.getLong("person_id"), row.getString("channel_key"), row.getInt("restricted") == 1,
                row.getString("thread_id"), entryId, row.getInt("ordinal"),
                row.getString("question"), Language.fromCode(row.getString("language")).orElse(Language.EN),
                Instant.parse(row.getString("shown_at")), row.getInt("confident") == 1);
    }
}
