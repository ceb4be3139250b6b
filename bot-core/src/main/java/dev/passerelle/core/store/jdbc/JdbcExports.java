package dev.passerelle.core.store.jdbc;

import dev.passerelle.core.curation.ExportRepository;
import dev.passerelle.core.curation.ExportedEntry;
import dev.passerelle.core.vocabulary.Audience;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.PainStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The export's reading in SQL: pages of entries by id (keyset, so each page is one indexed read), each page's tags
 * and alternate questions in one query apiece, the author's name and team joined in. Visibility is in the query.
 */
public final class JdbcExports implements ExportRepository {

    static final int PAGE = 200;

    private final Jdbc jdbc;

    public JdbcExports(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void forEach(EntryKind kind, Set<EntryStatus> statuses, Audience audience, Consumer<ExportedEntry> each) {
        if (statuses.isEmpty()) {
            return;
        }
        long after = 0;
        while (true) {
            List<ExportedEntry> page = page(kind, statuses, audience, after);
            if (page.isEmpty()) {
                return;
            }
            withDetails(page).forEach(each);
            after = page.getLast().id();
        }
    }

    private List<ExportedEntry> page(EntryKind kind, Set<EntryStatus> statuses, Audience audience, long after) {
        List<Object> args = new ArrayList<>();
        args.add(kind.code());
        args.add(after);
        statuses.forEach(status -> args.add(status.code()));
        String visible = "e.restricted = 0";
        if (!audience.channels().isEmpty()) {
            visible = "(e.restricted = 0 OR e.channel_key IN (" + marks(audience.channels().size()) + "))";
            args.addAll(audience.channels());
        }
        args.add(PAGE);
        return jdbc.query("SELECT e.id, e.kind, e.status, e.pain_status, e.title, e.body, e.language, e.votes, "
                + "e.helpful, e.created_at, e.updated_at, e.verified_at, e.channel_key, e.restricted, "
                + "p.display_name, p.team FROM entries e LEFT JOIN people p ON p.id = e.author_id "
                + "WHERE e.kind = ? AND e.id > ? AND e.status IN (" + marks(statuses.size()) + ") AND " + visible
                + " ORDER BY e.id LIMIT ?", JdbcExports::row, args.toArray());
    }

    private List<ExportedEntry> withDetails(List<ExportedEntry> page) {
        List<Long> ids = page.stream().map(ExportedEntry::id).toList();
        String in = " IN (" + marks(ids.size()) + ")";
        Map<Long, List<String>> tags = grouped("SELECT entry_id, tag FROM entry_tags WHERE entry_id" + in
                + " ORDER BY entry_id, tag", ids);
        Map<Long, List<String>> alternates = grouped("SELECT entry_id, text FROM alternate_questions WHERE entry_id"
                + in + " ORDER BY entry_id, asked_at, id", ids);
        return page.stream().map(e -> new ExportedEntry(e.id(), e.kind(), e.status(), e.painStatus(), e.title(),
                e.body(), tags.getOrDefault(e.id(), List.of()), e.language(), e.author(), e.team(), e.votes(),
                e.helpful(), e.createdAt(), e.updatedAt(), e.verifiedAt(), alternates.getOrDefault(e.id(), List.of()),
                e.channelKey(), e.restricted())).toList();
    }

    private Map<Long, List<String>> grouped(String sql, List<Long> ids) {
        Map<Long, List<String>> byEntry = new HashMap<>();
        jdbc.query(sql, row -> Map.entry(row.getLong(1), row.getString(2)), ids.toArray())
                .forEach(pair -> byEntry.computeIfAbsent(pair.getKey(), id -> new ArrayList<>()).add(pair.getValue()));
        return byEntry;
    }

    private static String marks(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> "?").collect(Collectors.joining(","));
    }

    private static ExportedEntry row(ResultSet row) throws SQLException {
        String pain = row.getString("pain_status");
        String verified = row.getString("verified_at");
        String author = row.getString("display_name");
        return new ExportedEntry(row.getLong("id"), EntryKind.fromCode(row.getString("kind")),
                EntryStatus.fromCode(row.getString("status")), pain == null ? null : PainStatus.fromCode(pain),
                row.getString("title"), row.getString("body"), List.of(),
                Language.fromCode(row.getString("language")).orElse(Language.EN), author == null ? "" : author,
                row.getString("team"), row.getInt("votes"), row.getInt("helpful"),
                Instant.parse(row.getString("created_at")), Instant.parse(row.getString("updated_at")),
                verified == null ? null : Instant.parse(verified), List.of(), row.getString("channel_key"),
                row.getInt("restricted") == 1);
    }
}
