package dev.passerelle.core.store.jdbc;

import dev.passerelle.core.curation.Erasure;
import dev.passerelle.core.search.ChangeFeed.Subject;
import dev.passerelle.core.vocabulary.ChannelType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Erasure in SQL. Rows that are the person's go; rows that others rely on (the entries they wrote, the audit
 * lines of what they did) are given to a placeholder person; texts that name them elsewhere (recorded events, the
 * bot's posted replies, questions asked) go too, found by their user ids, e-mail and name. Their direct messages
 * with the bot get a conversation key that names no one. Each change the index sees goes to the change log.
 */
public final class JdbcErasure implements Erasure {

    private final Jdbc jdbc;

    public JdbcErasure(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Erased forget(long personId, String placeholderName, Instant at) {
        return jdbc.inTransaction(() -> {
            List<String> needles = needles(personId);
            long placeholder = placeholder(placeholderName, at);
            int events = 0;
            for (String needle : needles) {
                // A key names the conversation and the user: it is given up, so a late redelivery would count as new.
                events += jdbc.update("UPDATE inbox SET payload = '{}', event_key = 'erased:' || seq, "
                        + "applied_at = COALESCE(applied_at, ?) WHERE " + contains("payload") + " OR "
                        + contains("event_key"), at, like(needle), like(needle));
                jdbc.update("DELETE FROM bot_replies WHERE " + contains("text"), like(needle));
                jdbc.update("DELETE FROM answers_shown WHERE " + contains("question"), like(needle));
                jdbc.update("UPDATE audit_log SET detail = '-' WHERE " + contains("detail"), like(needle));
                jdbc.update("UPDATE audit_log SET target = 'person:erased' WHERE " + contains("target"), like(needle));
            }
            int evidence = deleteIndexed("evidence", Subject.EVIDENCE, personId, at);
            int skills = deleteIndexed("skills", Subject.SKILL, personId, at);
            Set<Long> touched = new LinkedHashSet<>();
            List<Long> voted = ids("SELECT entry_id FROM votes WHERE person_id = ?", personId);
            jdbc.update("DELETE FROM votes WHERE person_id = ?", personId);
            voted.forEach(entry -> jdbc.update("UPDATE entries SET votes = votes - 1 WHERE id = ? AND votes > 0", entry));
            touched.addAll(voted);
            touched.addAll(ids("SELECT entry_id FROM feedback WHERE person_id = ?", personId));
            jdbc.update("DELETE FROM feedback WHERE person_id = ?", personId);
            touched.forEach(entry -> jdbc.update("UPDATE entries SET helpful = (SELECT COALESCE(SUM(CASE WHEN helpful = 1 "
                    + "THEN 1 ELSE -1 END), 0) FROM feedback WHERE entry_id = ?) WHERE id = ?", entry, entry));
            touched.addAll(ids("SELECT entry_id FROM alternate_questions WHERE person_id = ?", personId));
            for (String table : List.of("alternate_questions", "answers_shown", "gap_asks", "profile_hidden",
                    "role_grants", "endorsements")) {
                jdbc.update("DELETE FROM " + table + " WHERE person_id = ?", personId);
            }
            jdbc.update("UPDATE role_grants SET granted_by = ? WHERE granted_by = ?", placeholder, personId);
            jdbc.update("UPDATE endorsements SET endorsed_by = ? WHERE endorsed_by = ?", placeholder, personId);
            touched.addAll(renameDirectMessages(personId, at));
            jdbc.update("DELETE FROM memberships WHERE person_id = ?", personId);
            List<Long> authored = ids("SELECT id FROM entries WHERE author_id = ?", personId);
            jdbc.update("UPDATE entries SET author_id = ? WHERE author_id = ?", placeholder, personId);
            touched.addAll(authored);
            jdbc.update("UPDATE audit_log SET actor_id = ? WHERE actor_id = ?", placeholder, personId);
            jdbc.update("UPDATE audit_log SET target = 'person:erased' WHERE target = ?", "person:" + personId);
            forgetPendingFiles(personId, needles);
            // Where a platform last saw them, to write to them first (Teams): an identity of theirs, gone with them.
            jdbc.update("DELETE FROM person_addresses WHERE EXISTS (SELECT 1 FROM identities i WHERE i.person_id = ? "
                    + "AND i.platform = person_addresses.platform AND i.workspace = person_addresses.workspace "
                    + "AND i.user_id = person_addresses.user_id)", personId);
            jdbc.update("DELETE FROM identities WHERE person_id = ?", personId);
            jdbc.update("DELETE FROM people WHERE id = ?", personId);
            touched.forEach(entry -> jdbc.changed(Subject.ENTRY, entry, at));
            return new Erased(events, evidence, skills, voted.size(), authored.size());
        });
    }

    /** What names the person in a text: each user id, the e-mail, the name; lower case, as LIKE compares them. */
    private List<String> needles(long personId) {
        Set<String> needles = new LinkedHashSet<>(jdbc.query("SELECT user_id FROM identities WHERE person_id = ?",
                row -> row.getString(1), personId));
        jdbc.queryOne("SELECT display_name, email FROM people WHERE id = ?", row -> {
            needles.add(row.getString(1));
            if (row.getString(2) != null) {
                needles.add(row.getString(2));
            }
            return true;
        }, personId);
        return needles.stream().filter(n -> !n.isBlank()).map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }

    /** The person who stands for everyone forgotten: no identity, no e-mail, only a name. */
    private long placeholder(String name, Instant at) {
        return jdbc.queryOne("SELECT id FROM people WHERE display_name = ? AND email IS NULL AND id NOT IN "
                        + "(SELECT person_id FROM identities) ORDER BY id LIMIT 1", row -> row.getLong(1), name)
                .orElseGet(() -> jdbc.insert("INSERT INTO people (display_name, created_at, updated_at) VALUES (?, ?, ?) "
                        + "RETURNING id", name, at, at));
    }

    private int deleteIndexed(String table, Subject subject, long personId, Instant at) {
        List<Long> ids = ids("SELECT id FROM " + table + " WHERE person_id = ?", personId);
        jdbc.update("DELETE FROM " + table + " WHERE person_id = ?", personId);
        ids.forEach(id -> jdbc.changed(subject, id, at));
        return ids.size();
    }

    /**
     * A direct conversation's key holds the person's user id on some platforms: the entries kept from it move to a
     * key of its own that names no one (still restricted: nobody is its member any more).
     */
    private List<Long> renameDirectMessages(long personId, Instant at) {
        List<Long> moved = new ArrayList<>();
        List<String[]> direct = jdbc.query("SELECT c.channel_key, c.platform, c.workspace FROM channels c JOIN "
                + "memberships m ON m.channel_key = c.channel_key WHERE m.person_id = ? AND c.type = ?",
                row -> new String[] {row.getString(1), row.getString(2), row.getString(3)}, personId,
                ChannelType.DIRECT.code());
        for (String[] channel : direct) {
            String key = channel[0];
            String erased = channel[1] + ":" + channel[2] + ":erased-" + at.toEpochMilli() + "-" + moved.size();
            moved.addAll(ids("SELECT id FROM entries WHERE channel_key = ?", key));
            jdbc.update("UPDATE entries SET channel_key = ? WHERE channel_key = ?", erased, key);
            jdbc.update("UPDATE gap_asks SET channel_key = ? WHERE channel_key = ?", erased, key);
            Consumer<String> drop = table -> jdbc.update("DELETE FROM " + table + " WHERE channel_key = ?", key);
            List.of("answers_shown", "bot_replies", "evidence", "memberships", "channels").forEach(drop);
        }
        return moved;
    }

    /**
     * Files offered to the person go, and so do files offered to others that name them (an export lists its
     * authors): such a file, accepted after the erasure, would hand out what was erased.
     */
    private void forgetPendingFiles(long personId, List<String> needles) {
        jdbc.update("DELETE FROM pending_files WHERE EXISTS (SELECT 1 FROM identities i WHERE i.person_id = ? "
                + "AND i.platform = pending_files.platform AND i.workspace = pending_files.workspace "
                + "AND i.user_id = pending_files.user_id)", personId);
        for (String id : jdbc.query("SELECT id FROM pending_files", row -> row.getString(1))) {
            boolean naming = jdbc.queryOne("SELECT content FROM pending_files WHERE id = ?", row -> {
                String text = new String(row.getBytes(1), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                return needles.stream().anyMatch(text::contains);
            }, id).orElse(false);
            if (naming) {
                jdbc.update("DELETE FROM pending_files WHERE id = ?", id);
            }
        }
    }

    private List<Long> ids(String sql, Object key) {
        return jdbc.query(sql, row -> row.getLong(1), key);
    }

    private static String contains(String column) {
        return "lower(" + column + ") LIKE ? ESCAPE '\\'";
    }

    private static String like(String needle) {
        return "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
