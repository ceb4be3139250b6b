package dev.passerelle.slack.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.passerelle.core.Conversation;
import dev.passerelle.core.Passerelle;
import dev.passerelle.core.bot.HistoryImport;
import dev.passerelle.core.conversation.Message;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import dev.passerelle.slack.SlackConversations.SlackMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlackHistoryTests {

    private static final Path REAL_EXPORT = Path.of("../../shared/data/slack-export-olake-community");

    private static final java.util.concurrent.atomic.AtomicInteger ASKED = new java.util.concurrent.atomic.AtomicInteger();

    @TempDir
    Path temp;

    /** Two channels, a thread, a #faq in each, a pain point, a file with null shares, a join and a bot's post. */
    private Path export(Path folder) {
        Map<String, Object> fileShare = new LinkedHashMap<>(Map.of("type", "message", "subtype", "file_share",
                "user", "U1", "ts", "1709290000.000500", "text", "Here is the price list deck", "team", "T1"));
        Map<String, Object> shares = new LinkedHashMap<>();
        shares.put("public", null);
        List<Object> nulls = new ArrayList<>();
        nulls.add(null);
        shares.put("private", Map.of("G1", nulls));
        Map<String, Object> file = new LinkedHashMap<>(Map.of("id", "F1", "name", "deck.pdf"));
        file.put("shares", shares);
        fileShare.put("files", List.of(file));
        return new ExportFolder(folder)
                .user("U1", "Alice Martin", "alice@example.com", "Sales")
                .user("U2", "Bob Durand", "bob@example.com", "Finance")
                .user("U3", "Carol Petit", "carol@example.com", "Board")
                .user("U4", "Dave Moreau", "dave@example.com", "Support")
                .bot("B1", "deploybot")
                .channel("C1", "general", "U1", "U2", "U3", "U4")
                .privateChannel("G1", "board", "U2", "U3")
                .message("general", "2024-03-01", "U1", "1709280000.000100",
                        "#faq Where are the price lists? | In the Sales drive, folder Prices")
                .message("general", "2024-03-01", "U4", "1709280100.000200", "How do I reset my VPN token?")
                .reply("general", "2024-03-01", "U2", "1709280200.000300", "1709280100.000200",
                        "Open the VPN portal and press Reset token, it takes a minute")
                .raw("general", "2024-03-01", fileShare)
                .raw("general", "2024-03-01", new LinkedHashMap<>(Map.of("type", "message", "subtype",
                        "channel_join", "user", "U4", "ts", "1709280050.000150", "text", "<@U4> has joined")))
                .raw("general", "2024-03-01", new LinkedHashMap<>(Map.of("type", "message", "subtype",
                        "bot_message", "bot_id", "B1", "ts", "1709280060.000160", "text", "Deployed 1.2")))
                .message("general", "2024-03-02", "U3", "1709370000.000100",
                        "#painpoint The expense portal times out every Friday afternoon")
                .message("board", "2024-03-01", "U3", "1709280300.000100",
                        "#faq When is the budget review? | Tuesday at ten in room Saturn")
                .write();
    }

    private static HistoryImport into(Passerelle passerelle) {
        return new HistoryImport(passerelle.store().inbox(), passerelle.store().transactions(), passerelle.bot(),
                passerelle.index(), passerelle.store().changes(), Clock.systemUTC());
    }

    private static SlackHistory.Summary importInto(Path data, Path export) {
        try (Conversation chat = Conversation.open(data); SlackExport opened = SlackExport.open(export)) {
            return new SlackHistory(into(chat.passerelle()), null).importFrom(opened, SlackHistory.Progress.NONE);
        }
    }

    @Test
    void importsPeopleChannelsThreadsAndKnowledgeFromAFolder() throws SQLException {
        Path data = temp.resolve("data");
        SlackHistory.Summary summary = importInto(data, export(temp.resolve("export")));

        assertThat(summary.read()).isEqualTo(8);
        assertThat(summary.imported()).isEqualTo(6);
        assertThat(summary.skipped()).isEqualTo(2);
        assertThat(summary.errors()).isZero();
        assertThat(summary.captured()).isEqualTo(3);
        assertThat(rows(data, "SELECT display_name || ' ' || email || ' ' || team FROM people"))
                .contains("Alice Martin alice@example.com Sales", "Carol Petit carol@example.com Board");
        assertThat(rows(data, "SELECT channel_key || ' ' || type FROM channels"))
                .containsExactlyInAnyOrder("slack:T1:C1 public", "slack:T1:G1 private");
        assertThat(rows(data, "SELECT p.display_name FROM memberships m JOIN people p ON p.id = m.person_id "
                + "WHERE m.channel_key = 'slack:T1:G1'")).containsExactlyInAnyOrder("Bob Durand", "Carol Petit");
        assertThat(rows(data, "SELECT event_key FROM inbox WHERE applied_at IS NOT NULL"))
                .contains("slack:T1:C1:1709280000.000100", "slack:T1:C1:1709290000.000500");
    }

    @Test
    void importsAZipAsItsFolder() throws SQLException {
        Path folder = export(temp.resolve("export"));
        Path zip = ExportFolder.zip(folder, temp.resolve("export.zip"));

        SlackHistory.Summary fromFolder = importInto(temp.resolve("a"), folder);
        SlackHistory.Summary fromZip = importInto(temp.resolve("b"), zip);

        assertThat(fromZip).isEqualTo(fromFolder);
        assertThat(tableCounts(temp.resolve("b"))).isEqualTo(tableCounts(temp.resolve("a")));
    }

    @Test
    void importingTwiceChangesNothing() throws SQLException {
        Path data = temp.resolve("data");
        Path export = export(temp.resolve("export"));
        SlackHistory.Summary first = importInto(data, export);
        Map<String, Long> before = tableCounts(data);

        SlackHistory.Summary second = importInto(data, export);

        assertThat(second.imported()).isZero();
        assertThat(second.known()).isEqualTo(first.imported());
        assertThat(second.captured()).isZero();
        assertThat(tableCounts(data)).isEqualTo(before);
    }

    @Test
    void privateChannelKnowledgeStaysWithItsMembers() {
        Path data = temp.resolve("data");
        importInto(data, export(temp.resolve("export")));
        try (Conversation chat = Conversation.open(data)) {
            String member = answer(chat, "U2", "When is the budget review?");
            String outsider = answer(chat, "U4", "When is the budget review?");
            String publicAnswer = answer(chat, "U4", "Where are the price lists?");

            assertThat(member).contains("Saturn");
            assertThat(outsider).doesNotContain("Saturn");
            assertThat(publicAnswer).contains("Sales drive");
        }
    }

    private static String answer(Conversation chat, String user, String question) {
        Outcome outcome = chat.submit(new Message(Platform.SLACK, "T1", "D" + user, ChannelType.DIRECT,
                Sender.of(user), question, null, "1800000000." + ASKED.incrementAndGet(), Instant.now(), true));
        return outcome.replies().stream().map(Reply::text).collect(Collectors.joining("\n"));
    }

    @Test
    void aStoppedImportResumesWhereItStopped() throws SQLException {
        Path export = export(temp.resolve("export"));
        Path whole = temp.resolve("whole");
        importInto(whole, export);
        Path stopped = temp.resolve("stopped");
        try (Conversation chat = Conversation.open(stopped); SlackExport opened = SlackExport.open(export)) {
            SlackHistory.Progress stop = new SlackHistory.Progress() {
                @Override
                public void started(long messages) {
                }

                @Override
                public void done(long messages) {
                    throw new IllegalStateException("stopped");
                }
            };
            assertThatThrownBy(() -> new SlackHistory(into(chat.passerelle()), null, 2).importFrom(opened, stop))
                    .hasMessage("stopped");
        }
        long before = tableCounts(stopped).get("inbox");

        SlackHistory.Summary resumed = importInto(stopped, export);

        assertThat(before).isBetween(1L, 6L);
        assertThat(resumed.known()).isPositive();
        assertThat(resumed.known() + resumed.imported()).isEqualTo(6);
        assertThat(tableCounts(stopped)).isEqualTo(tableCounts(whole));
    }

    @Test
    void aMessageSeenLiveIsNotImportedAgain() throws SQLException {
        Path data = temp.resolve("data");
        try (Conversation chat = Conversation.open(data)) {
            chat.submit(new SlackMessage("T1", "C1", "channel", "U4", "How do I reset my VPN token?",
                    "1709280100.000200", null, "UBOT").toMessage(ChannelType.PUBLIC, Sender.of("U4"), false));
        }

        SlackHistory.Summary summary = importInto(data, export(temp.resolve("export")));

        assertThat(summary.known()).isEqualTo(1);
        assertThat(summary.imported()).isEqualTo(5);
        assertThat(rows(data, "SELECT count(*) FROM inbox WHERE event_key = 'slack:T1:C1:1709280100.000200'"))
                .containsExactly("1");
    }

    @Test
    void refusesWhatIsNotAnExportNamingTheFile() throws Exception {
        Path text = Files.writeString(temp.resolve("notes.txt"), "hello");
        Path empty = Files.createDirectories(temp.resolve("empty"));

        assertThatThrownBy(() -> SlackExport.open(text)).isInstanceOf(ExportException.class)
                .hasMessageContaining("notes.txt").hasMessageContaining("not a zip file nor a folder");
        assertThatThrownBy(() -> SlackExport.open(empty)).isInstanceOf(ExportException.class)
                .hasMessageContaining("users.json is missing");
        assertThatThrownBy(() -> SlackExport.open(temp.resolve("nowhere.zip"))).isInstanceOf(ExportException.class)
                .hasMessageContaining("no such file or folder");
    }

    @Test
    void aMalformedDayFileStopsTheImportBeforeAnythingIsWritten() throws Exception {
        Path export = export(temp.resolve("export"));
        Files.writeString(export.resolve("general/2024-03-02.json"), "[{\"type\": \"message\", \"text\": ");
        Path data = temp.resolve("data");

        assertThatThrownBy(() -> importInto(data, export)).isInstanceOf(ExportException.class)
                .hasMessageStartingWith("general/2024-03-02.json: malformed JSON")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(tableCounts(data).get("inbox")).isZero();
    }

    @Test
    void importsTheRealOlakeCommunityExport() throws SQLException {
        assumeTrue(Files.isDirectory(REAL_EXPORT), "no real Slack export at " + REAL_EXPORT + ": skipped");
        Path data = temp.resolve("data");

        SlackHistory.Summary first = importInto(data, REAL_EXPORT);
        Map<String, Long> counts = tableCounts(data);
        SlackHistory.Summary second = importInto(data, REAL_EXPORT);

        assertThat(first.read()).isEqualTo(304);
        assertThat(first.errors()).isZero();
        assertThat(first.imported()).isGreaterThan(280);
        assertThat(first.imported() + first.skipped()).isEqualTo(first.read());
        assertThat(rows(data, "SELECT count(*) FROM inbox WHERE event_key LIKE 'slack:T0820LGJGRF:%'"))
                .containsExactly(String.valueOf(first.imported()));
        assertThat(counts.get("people")).isGreaterThan(30);
        assertThat(second.imported()).isZero();
        assertThat(second.known()).isEqualTo(first.imported());
        assertThat(tableCounts(data)).isEqualTo(counts);
    }

    /** Every table's row count, Flyway's own history aside. */
    static Map<String, Long> tableCounts(Path data) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("passerelle.db"))) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = db.createStatement().executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'flyway%' "
                            + "AND name NOT LIKE 'sqlite%' ORDER BY name")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = db.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
                    counts.put(table, rows.getLong(1));
                }
            }
        }
        return counts;
    }

    static List<String> rows(Path data, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("passerelle.db"));
                ResultSet rows = db.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
