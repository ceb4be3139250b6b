package dev.passerelle.core.store.jdbc;

import dev.passerelle.core.conversation.Recipient;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import dev.passerelle.core.vocabulary.Person;
import dev.passerelle.core.people.Hidden;
import dev.passerelle.core.people.Skill;
import dev.passerelle.core.search.ChangeFeed.Subject;
import dev.passerelle.core.people.PeopleRepository;
import dev.passerelle.core.vocabulary.Folding;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** People, identities and skills in SQL. */
public final class JdbcPeople implements PeopleRepository {

    private static final String PERSON = "SELECT id, display_name, email, team FROM people ";
    /** The folded topic of "hide all": no typed topic folds to it. */
    private static final String EVERYTHING = "";
    private static final String SKILL = "SELECT id, person_id, name, source_msg, declared_at FROM skills ";

    private final Jdbc jdbc;

    public JdbcPeople(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Person resolve(Platform platform, String workspace, Sender sender, Instant at) {
        return jdbc.inTransaction(() -> {
            Optional<Long> known = jdbc.queryOne("SELECT person_id FROM identities WHERE platform = ? AND "
                    + "workspace = ? AND user_id = ?", row -> row.getLong(1), platform.code(), workspace, sender.userId());
            long id = known.or(() -> byEmail(sender.email()).map(Person::id))
                    .orElseGet(() -> jdbc.insert("INSERT INTO people (display_name, email, team, created_at, "
                                    + "updated_at) VALUES (?, ?, ?, ?, ?) RETURNING id",
                            Objects.requireNonNullElse(sender.name(), sender.userId()), sender.email(), sender.team(),
                            at, at));
            if (known.isEmpty()) {
                jdbc.update("INSERT INTO identities (platform, workspace, user_id, person_id) VALUES (?, ?, ?, ?)",
                        platform.code(), workspace, sender.userId(), id);
            }
            jdbc.update("UPDATE people SET display_name = COALESCE(?, display_name), email = COALESCE(?, email), "
                    + "team = COALESCE(?, team), updated_at = ? WHERE id = ?",
                    sender.name(), sender.email(), sender.team(), at, id);
            return find(id).orElseThrow();
        });
    }

    @Override
    public Optional<Person> find(long id) {
        return jdbc.queryOne(PERSON + "WHERE id = ?", JdbcPeople::row, id);
    }

    @Override
    public Map<Long, Person> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String marks = ids.stream().map(id -> "?").collect(Collectors.joining(","));
        return jdbc.query(PERSON + "WHERE id IN (" + marks + ")", JdbcPeople::row, ids.toArray()).stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
    }

    @Override
    public Optional<String> userId(long personId, Platform preferred) {
        return jdbc.queryOne("SELECT user_id FROM identities WHERE person_id = ? ORDER BY "
                + "CASE WHEN platform = ? THEN 0 ELSE 1 END, user_id LIMIT 1", row -> row.getString(1),
                personId, preferred.code());
    }

    @Override
    public Optional<Recipient> recipient(long personId, Platform preferred) {
        return jdbc.queryOne("SELECT platform, workspace, user_id FROM identities WHERE person_id = ? ORDER BY "
                + "CASE WHEN platform = ? THEN 0 ELSE 1 END, rowid DESC LIMIT 1",
                row -> Recipient.person(Platform.valueOf(row.getString(1).toUpperCase(Locale.ROOT)), row.getString(2),
                        row.getString(3)), personId, preferred.code());
    }

    @Override
    public Optional<Language> language(long personId) {
        return jdbc.queryOne("SELECT locale FROM people WHERE id = ? AND locale IS NOT NULL", row -> row.getString(1),
                personId).flatMap(Language::fromCode);
    }

    @Override
    public void rememberLanguage(long personId, Language language) {
        jdbc.update("UPDATE people SET locale = ? WHERE id = ? AND (locale IS NULL OR locale <> ?)", language.code(),
                personId, language.code());
    }

    @Override
    public Optional<Person> lookup(Platform platform, String userIdEmailOrName) {
        String wanted = userIdEmailOrName.strip().replaceFirst("^<?@", "").replaceFirst(">$", "");
        return jdbc.queryOne(PERSON + "WHERE id IN (SELECT person_id FROM identities WHERE platform = ? AND user_id = ?)",
                        JdbcPeople::row, platform.code(), wanted)
                .or(() -> byEmail(wanted))
                .or(() -> byName(wanted));
    }

    @Override
    public Person setTeam(long personId, String team) {
        jdbc.update("UPDATE people SET team = ?, updated_at = ? WHERE id = ?", team, Instant.now(), personId);
        return find(personId).orElseThrow();
    }

    @Override
    public List<Skill> skills(long personId) {
        return jdbc.query(SKILL + "WHERE person_id = ? ORDER BY name",
                JdbcPeople::skill, personId);
    }

    @Override
    public Optional<Skill> findSkill(long skillId) {
        return jdbc.queryOne(SKILL + "WHERE id = ?", JdbcPeople::skill, skillId);
    }

    @Override
    public boolean addSkill(long personId, String skill, @Nullable String sourceMessage, Instant at) {
        return jdbc.inTransaction(() -> {
            Optional<Long> id = jdbc.queryOne("INSERT INTO skills (person_id, name, folded, source_msg, declared_at) "
                    + "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id", row -> row.getLong(1),
                    personId, skill.strip(), fold(skill), sourceMessage, at);
            id.ifPresent(skillId -> jdbc.changed(Subject.SKILL, skillId, at));
            return id.isPresent();
        });
    }

    @Override
    public boolean removeSkill(long personId, String skill) {
        return jdbc.inTransaction(() -> {
            Optional<Long> id = jdbc.queryOne("SELECT id FROM skills WHERE person_id = ? AND folded = ?",
                    row -> row.getLong(1), personId, fold(skill));
            id.ifPresent(skillId -> {
                jdbc.update("DELETE FROM skills WHERE id = ?", skillId);
                jdbc.changed(Subject.SKILL, skillId, Instant.now());
            });
            return id.isPresent();
        });
    }

    @Override
    public boolean hideTopic(long personId, String topic, Instant at) {
        return hide(personId, topic.strip(), fold(topic), at);
    }

    @Override
    public boolean showTopic(long personId, String topic) {
        String folded = fold(topic);
        return !folded.isEmpty()
                && jdbc.update("DELETE FROM profile_hidden WHERE person_id = ? AND folded = ?", personId, folded) > 0;
    }

    @Override
    public boolean hideAll(long personId, Instant at) {
        return hide(personId, "", EVERYTHING, at);
    }

    @Override
    public boolean showAll(long personId) {
        return jdbc.update("DELETE FROM profile_hidden WHERE person_id = ?", personId) > 0;
    }

    @Override
    public Hidden hidden(long personId) {
        return hidden(List.of(personId)).getOrDefault(personId, Hidden.NOTHING);
    }

    @Override
    public Map<Long, Hidden> hidden(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        String marks = personIds.stream().map(id -> "?").collect(Collectors.joining(","));
        record Row(long person, String topic, String folded) {}
        return jdbc.query("SELECT person_id, topic, folded FROM profile_hidden WHERE person_id IN (" + marks
                        + ") ORDER BY hidden_at, topic",
                        row -> new Row(row.getLong(1), row.getString(2), row.getString(3)), personIds.toArray())
                .stream()
                .collect(Collectors.groupingBy(Row::person, Collectors.collectingAndThen(Collectors.toList(),
                        rows -> new Hidden(rows.stream().anyMatch(r -> r.folded().equals(EVERYTHING)),
                                rows.stream().filter(r -> !r.folded().equals(EVERYTHING)).map(Row::topic).toList()))));
    }

    private boolean hide(long personId, String topic, String folded, Instant at) {
        return jdbc.queryOne("INSERT INTO profile_hidden (person_id, topic, folded, hidden_at) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (person_id, folded) DO NOTHING RETURNING person_id", row -> row.getLong(1),
                personId, topic, folded, at).isPresent();
    }

    /** Case and accents aside; SQLite's lower() only knows ASCII, so the comparison is done here. */
    private Optional<Person> byName(String name) {
        String folded = fold(name);
        return jdbc.query(PERSON + "ORDER BY id", JdbcPeople::row).stream()
                .filter(person -> fold(person.displayName()).equals(folded))
                .findFirst();
    }

    private Optional<Person> byEmail(String email) {
        if (email == null || !email.contains("@")) {
            return Optional.empty();
        }
        return jdbc.queryOne(PERSON + "WHERE lower(email) = ? ORDER BY id LIMIT 1", JdbcPeople::row,
                email.toLowerCase(Locale.ROOT));
    }

    static String fold(String text) {
        return Folding.caseAndAccents(text.strip()).replaceAll("\\s+", " ");
    }

    private static Person row(ResultSet row) throws SQLException {
        return new Person(row.getLong("id"), row.getString("display_name"), row.getString("email"), row.getString("team"));
    }

    private static Skill skill(ResultSet row) throws SQLException {
        return new Skill(row.getLong("id"), row.getLong("person_id"), row.getString("name"), row.getString("source_msg"),
                Instant.parse(row.getString("declared_at")));
    }
}
