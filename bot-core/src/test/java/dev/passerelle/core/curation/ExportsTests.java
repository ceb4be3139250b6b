package dev.passerelle.core.curation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Conversation;
import dev.passerelle.core.WithConversation;
import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.conversation.Turn;
import dev.passerelle.core.knowledge.AlternateQuestion;
import dev.passerelle.core.store.sqlite.SqliteStore;
import dev.passerelle.core.vocabulary.Audience;
import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Role;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@WithConversation(knowledgeManagers = "kim")
class ExportsTests {

    static final String PRIVATE_ANSWER = "The budget freeze lasts until March";

    Conversation chat;
    long priceLists;
    long badge;

    @BeforeEach
    void aKnowledgeBaseWithAPrivateChannel() {
        chat.dm("bob").says("/kb team Sales");
        priceLists = chat.in("sales").from("bob")
                .says("/kb add faq Where are the price lists? | In the Sales drive, folder Prices").capturedId();
        chat.dm("kim").says("/kb verify " + priceLists);
        badge = chat.in("it").from("alice").says("/kb ajoute irritant Le badge ne marche pas au 2e étage").capturedId();
        chat.inPrivate("board").from("carol").says("/kb add faq How long is the budget freeze? | " + PRIVATE_ANSWER);
    }

    static Block.File file(Conversation.Said said) {
        List<Block.File> files = said.outcome().replies().stream().flatMap(r -> r.files().stream()).toList();
        assertThat(files).as("one file in %s", said.outcome()).hasSize(1);
        return files.getFirst();
    }

    static String text(Block.File file) {
        return new String(file.bytes(), StandardCharsets.UTF_8);
    }

    static List<CSVRecord> csv(Block.File file) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text(file))).getRecords();
    }

    @Nested
    class Formats {

        @Test
        void csvHasAHeaderWithoutByteOrderMarkAndEveryFieldOfAnEntry() throws IOException {
            Block.File file = file(chat.dm("kim").says("/kb export csv"));

            assertThat(file.name()).matches("passerelle-all-\\d{4}-\\d{2}-\\d{2}\\.csv");
            assertThat(file.mediaType()).startsWith("text/csv");
            assertThat(file.bytes()[0]).isEqualTo((byte) 'i');
            assertThat(text(file)).startsWith("id,kind,status,pain_status,title,body,tags,language,author,team,votes,"
                    + "helpful,created_at,updated_at,verified_at,alternate_questions\r\n");
            CSVRecord faq = csv(file).stream().filter(r -> r.get("id").equals(String.valueOf(priceLists))).findFirst()
                    .orElseThrow();
            assertThat(faq.get("kind")).isEqualTo("faq");
            assertThat(faq.get("status")).isEqualTo("verified");
            assertThat(faq.get("title")).isEqualTo("Where are the price lists?");
            assertThat(faq.get("body")).isEqualTo("In the Sales drive, folder Prices");
            assertThat(faq.get("author")).isEqualTo("bob");
            assertThat(faq.get("team")).isEqualTo("Sales");
            assertThat(faq.get("language")).isEqualTo("en");
            assertThat(Instant.parse(faq.get("verified_at"))).isAfterOrEqualTo(Instant.parse(faq.get("created_at")));
        }

        @Test
        void csvQuotesCommasQuotesAndLineBreaks() throws IOException {
            long tricky = chat.dm("kim").says("/kb add insight Say \"hello, world\" first").capturedId();

            CSVRecord row = csv(file(chat.dm("kim").says("/kb export csv insight"))).stream()
                    .filter(r -> r.get("id").equals(String.valueOf(tricky))).findFirst().orElseThrow();

            assertThat(row.get("title")).isEqualTo("Say \"hello, world\" first");
            assertThat(text(file(chat.dm("kim").says("/kb export csv insight")))).contains("\"Say \"\"hello, world\"\" first\"");
        }

        @Test
        void csvDefusesCellsASpreadsheetWouldRunAsFormulas() throws IOException {
            chat.dm("kim").says("/kb add insight =HYPERLINK(\"http://evil.example\",\"click\")");
            chat.dm("kim").says("/kb add insight @SUM(1+1)");
            chat.dm("kim").says("/kb add insight -2+3 is a formula too");
            chat.dm("kim").says("/kb add insight +33 is a phone prefix");

            List<String> titles = csv(file(chat.dm("kim").says("/kb export csv insight"))).stream()
                    .map(r -> r.get("title")).toList();

            assertThat(titles).contains("'=HYPERLINK(\"http://evil.example\",\"click\")", "'@SUM(1+1)",
                    "'-2+3 is a formula too", "'+33 is a phone prefix");
            assertThat(titles).allSatisfy(title -> assertThat(title).doesNotStartWith("=").doesNotStartWith("@")
                    .doesNotStartWith("+").doesNotStartWith("-"));
        }

        @Test
        void jsonListsEntriesWithTheirAlternateQuestions() {
            chat.passerelle().store().entries().addAlternate(priceLists, new AlternateQuestion(
                    "where do I find the tariffs?", "where do i find the tariffs", Language.EN,
                    chat.entry(priceLists).authorId(), Instant.now()));

            Block.File file = file(chat.dm("kim").says("/kb export json faq"));
            JsonNode json = JsonMapper.builder().build().readTree(file.bytes());

            assertThat(file.name()).endsWith("-faq-" + file.name().substring(file.name().length() - 15));
            assertThat(json.path("exported_at").asString()).isNotBlank();
            JsonNode entry = json.path("entries").get(0);
            assertThat(entry.path("id").asLong()).isEqualTo(priceLists);
            assertThat(entry.path("kind").asString()).isEqualTo("faq");
            assertThat(entry.path("author").asString()).isEqualTo("bob");
            assertThat(entry.path("team").asString()).isEqualTo("Sales");
            assertThat(entry.path("votes").asInt()).isZero();
            assertThat(entry.path("verified_at").isNull()).isFalse();
            assertThat(entry.path("alternate_questions").get(0).asString()).isEqualTo("where do I find the tariffs?");
            assertThat(json.path("entries")).hasSize(1);
        }

        @Test
        void markdownGroupsEntriesByKindInTheCallersLanguage() {
            String md = text(file(chat.dm("kim").says("/kb exporte md")));

            assertThat(md).startsWith("# Base de connaissances\n");
            assertThat(md).contains("## FAQ\n", "## Irritants\n", "### #" + priceLists + " Where are the price lists?",
                    "### #" + badge + " Le badge ne marche pas au 2e étage", "validée le ");
            assertThat(md.indexOf("## FAQ")).isLessThan(md.indexOf("## Irritants"));
            assertThat(text(file(chat.dm("kim").says("/kb export md")))).startsWith("# Knowledge base\n")
                    .contains("## Pain points\n");
        }

        @Test
        void markdownEscapesWhatPeopleWrote() {
            chat.dm("kim").says("/kb add insight Read [this](http://evil.example) # now");

            String md = text(file(chat.dm("kim").says("/kb export md insight")));

            assertThat(md).contains("Read \\[this\\](http://evil.example) \\# now").doesNotContain("[this](");
        }
    }

    @Nested
    class Visibility {

        @Test
        void aPrivateChannelsEntriesStayOutOfTheExportOfThoseNotInIt() {
            assertThat(text(file(chat.dm("kim").says("/kb export csv")))).doesNotContain(PRIVATE_ANSWER);
            assertThat(text(file(chat.dm("bob").says("/kb export json")))).doesNotContain(PRIVATE_ANSWER);
        }

        @Test
        void aMemberOfThePrivateChannelGetsItsEntriesInTheirDirectConversation() {
            assertThat(text(file(chat.dm("carol").says("/kb export csv")))).contains(PRIVATE_ANSWER);
        }

        @Test
        void inAChannelTheExportHoldsWhatThatChannelMaySeeOnly() {
            assertThat(text(file(chat.inPrivate("board").from("carol").says("/kb export md")))).contains("budget freeze");
            assertThat(text(file(chat.in("general").from("carol").says("/kb export md")))).doesNotContain("budget freeze")
                    .contains("price lists");
        }

        @Test
        void membersExportLiveKnowledgeWhileManagersAlsoGetArchivedEntries() throws IOException {
            chat.dm("kim").says("/kb archive " + badge);

            assertThat(csv(file(chat.dm("bob").says("/kb export csv"))).stream().map(r -> r.get("id")))
                    .contains(String.valueOf(priceLists)).doesNotContain(String.valueOf(badge));
            assertThat(csv(file(chat.dm("kim").says("/kb export csv"))).stream().map(r -> r.get("id")))
                    .contains(String.valueOf(priceLists), String.valueOf(badge));
        }
    }

    @Nested
    class Answers {

        @Test
        void theReplySaysHowManyEntriesAndTheFileNameInTheCallersLanguage() {
            Conversation.Said en = chat.dm("kim").says("/kb export csv faq");
            Conversation.Said fr = chat.dm("kim").says("/kb exporte csv faq");

            assertThat(en.text()).isEqualTo("Here is the export " + file(en).name() + ": FAQs, 1 in all.");
            assertThat(fr.text()).isEqualTo("Voici l’export " + file(fr).name() + " : FAQ, 1 au total.");
        }

        @Test
        void anEmptyExportSaysSoInOneLine() {
            Outcome none = chat.dm("kim").says("/kb export csv question").outcome();
            Outcome aucune = chat.dm("kim").says("/kb exporte json lacunes").outcome();

            assertThat(none.replies()).singleElement().satisfies(reply -> {
                assertThat(reply.text()).isEqualTo("Nothing to export: no Open questions that you can see here.");
                assertThat(reply.files()).isEmpty();
            });
            assertThat(aucune.replies().getFirst().text()).isEqualTo(
                    "Rien à exporter : aucune fiche (Questions ouvertes) que vous puissiez voir ici.");
        }

        @Test
        void badArgumentsGiveTheRightUsageInOneLineInTheUsersLanguage() {
            assertThat(chat.dm("bob").says("/kb export pdf").text())
                    .isEqualTo("Usage: /kb export json|csv|md [faq|insight|pain|question]");
            assertThat(chat.dm("bob").says("/kb export").text()).doesNotContain("\n").contains("/kb export json|csv|md");
            assertThat(chat.dm("bob").says("/kb exporte csv recettes").text())
                    .isEqualTo("Utilisation : /kb exporte json|csv|md [faq|astuce|irritant|question]");
            assertThat(chat.dm("bob").says("/kb export csv faq more").outcome().error()).isNotNull();
        }

        @Test
        void helpNamesTheCommand() {
            assertThat(chat.dm("bob").says("/kb help").text()).contains("/kb export json|csv|md");
            assertThat(chat.dm("bob").says("/kb aide").text()).contains("/kb exporte json|csv|md");
        }

        @Test
        void eachExportIsInTheAuditLog() throws SQLException {
            chat.dm("kim").says("/kb export csv faq");

            try (var db = DriverManager.getConnection("jdbc:sqlite:" + chat.dataDir().resolve(SqliteStore.FILE_NAME));
                    ResultSet rows = db.createStatement().executeQuery(
                            "SELECT action, target, detail FROM audit_log WHERE action = 'export'")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString("target")).isEqualTo("kb:faq");
                assertThat(rows.getString("detail")).isEqualTo("csv, 1 entries, from local:local:dm-kim");
            }
        }

        @Test
        void anExportBeyondTheBoundAsksForOneKindAtATime() {
            Exports small = new Exports(chat.passerelle().store().exports(), chat.passerelle().store().audit(), 200);
            var someone = chat.passerelle().store().people().find(chat.entry(priceLists).authorId()).orElseThrow();
            Asker asker = new Asker(new Turn(new ChannelRef(Platform.LOCAL, "local", "dm-kim", ChannelType.DIRECT), "m1",
                    null, Instant.now()), someone, Language.EN, Audience.publicOnly(), Role.KNOWLEDGE_MANAGER);

            Outcome outcome = small.export(asker, ExportFormat.JSON, null);

            assertThat(outcome.replies()).singleElement().extracting(Reply::text).isEqualTo(
                    "This export would be larger than 1 MB. Export one kind at a time: /kb export csv faq");
        }
    }
}
