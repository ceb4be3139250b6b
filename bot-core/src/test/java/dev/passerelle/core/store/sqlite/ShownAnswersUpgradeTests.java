package dev.passerelle.core.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.knowledge.ShownAnswer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Answers shown before the bot recorded whether they were confident keep counting as its answers. */
class ShownAnswersUpgradeTests {

    static final String TIME = "2026-11-30T09:00:00.000000000Z";

    @TempDir
    Path dataDir;

    @Test
    void anAnswerShownBeforeTheUpgradeIsTheBotsConfidentAnswer() throws SQLException {
        String url = "jdbc:sqlite:" + dataDir.resolve(SqliteStore.FILE_NAME).toAbsolutePath();
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("5").load().migrate();
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO people (id, display_name, created_at, updated_at) VALUES (1, 'Ana', '"
                    + TIME + "', '" + TIME + "')");
            sql.executeUpdate("INSERT INTO answers_shown (person_id, channel_key, restricted, thread_id, entry_id, "
                    + "ordinal, question, language, shown_at) VALUES (1, 'slack:T1:C1', 0, 'root', NULL, 0, "
                    + "'forgot my password', 'en', '" + TIME + "')");
        }

        try (SqliteStore store = SqliteStore.open(dataDir)) {
            assertThat(store.shownAnswers().lastReply(1, "slack:T1:C1", "root", Instant.parse(TIME).minusSeconds(60)))
                    .singleElement().satisfies(shown -> {
                        assertThat(shown.question()).isEqualTo("forgot my password");
                        assertThat(shown.confident()).isTrue();
                    }).extracting(ShownAnswer::ordinal).isEqualTo(0);
        }
    }
}
