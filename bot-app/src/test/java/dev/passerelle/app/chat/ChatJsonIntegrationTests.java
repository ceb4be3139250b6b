package dev.passerelle.app.chat;

import static dev.passerelle.app.chat.ChatLines.capturedId;
import static dev.passerelle.app.chat.ChatLines.captured;
import static dev.passerelle.app.chat.ChatLines.dm;
import static dev.passerelle.app.chat.ChatLines.entries;
import static dev.passerelle.app.chat.ChatLines.entryIds;
import static dev.passerelle.app.chat.ChatLines.error;
import static dev.passerelle.app.chat.ChatLines.evidence;
import static dev.passerelle.app.chat.ChatLines.evidenceOf;
import static dev.passerelle.app.chat.ChatLines.idOf;
import static dev.passerelle.app.chat.ChatLines.people;
import static dev.passerelle.app.chat.ChatLines.replies;
import static dev.passerelle.app.chat.ChatLines.sources;
import static dev.passerelle.app.chat.ChatLines.text;
import static dev.passerelle.app.chat.ChatLines.users;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code chat --json} end to end: the real application in its own JVM, fed the CRM scenario
 * ({@code scenarios/crm.jsonl}), then questions, broken lines and curation. One process plays the
 * whole conversation once; each test reads the answers it is about.
 */
class ChatJsonIntegrationTests {

    static final String MANAGER = "kim";

    @TempDir
    static Path dataDir;

    static final List<String> scenario = ChatLines.scenario("/scenarios/crm.jsonl");
    static final List<String> scenarioIds = scenario.stream().map(ChatLines::idOf).toList();
    /** Every line sent, in order, and the line that answered it. */
    static final List<String> sent = new ArrayList<>();
    static final List<JsonNode> answered = new ArrayList<>();
    /** Answers by the id of the line they answer (every line below has an id but one). */
    static final Map<String, JsonNode> answers = new LinkedHashMap<>();
    static JsonNode malformed;
    static ChatProcess.Ending ending;

    @BeforeAll
    static void playTheConversation() {
        try (ChatProcess chat = ChatProcess.start(dataDir, "--passerelle.roles.knowledge-managers=" + MANAGER)) {
            Conversation talk = new Conversation(chat);
            scenario.forEach(talk::send);

            talk.send(dm("who-crm", "frank", "qui connaît le CRM ?"));
            talk.send(dm("export", "frank", "How do I export contacts from the CRM?"));
            talk.send(dm("merge", "frank", "How do I merge duplicate accounts in the CRM?"));
            talk.send(dm("ping", "frank", "How to ping everyone?"));

            talk.send(dm("budget-outsider", "frank", "What is the CRM migration budget?"));
            talk.send(dm("who-budget-outsider", "frank", "who knows about the CRM migration budget?"));
            talk.send(dm("budget-author", "alice", "What is the CRM migration budget?"));
            talk.send(dm("who-budget-member", "grace", "who knows about the CRM migration budget?"));

            malformed = talk.send("{\"id\": \"malformed\", \"user\": \"frank\", \"text\": ");
            talk.send("{\"id\": \"no-text\", \"user\": \"frank\", \"channel\": \"dm-frank\", \"channel_type\": \"im\"}");
            talk.send(dm("empty-text", "frank", ""));
            talk.send(dm("too-long", "frank", "x".repeat(40_001)));
            talk.send(dm("at-the-limit", "frank", "x".repeat(40_000)));
            talk.send(ChatLines.object("bad-type", "frank", "How do I export contacts from the CRM?",
                    "channel", "dm-frank", "channel_type", "voice"));
            talk.send(dm("export-again", "frank", "export contacts from the CRM?"));

            long exportFaq = capturedId(answers.get("s01"), "faq");
            talk.send(dm("verify-by-member", "frank", "/kb verify " + exportFaq));
            talk.send(dm("verify-by-manager", MANAGER, "/kb verify " + exportFaq));
            talk.send(dm("export-verified", "frank", "How do I export contacts from the CRM?"));
            ending = chat.finish();
        }
    }

    @Nested
    class TheLineContract {

        @Test
        void answersEveryInputLineWithExactlyOneJsonLineInOrder() {
            assertThat(answered).hasSameSizeAs(sent);
            for (int i = 0; i < sent.size(); i++) {
                JsonNode out = answered.get(i);
                String expectedIn = sent.get(i).startsWith("{\"id\": \"malformed\"") ? null : idOf(sent.get(i));
                assertThat(out.get("in").isNull() ? null : out.get("in").stringValue())
                        .as("answer %d echoes its input's id", i).isEqualTo(expectedIn);
                assertThat(out.propertyNames()).as("answer %d fields", i)
                        .containsExactly("in", "replies", "captured", "error");
            }
        }

        @Test
        void printsNothingButTheAnswersOnStandardOutputAndEndsCleanly() {
            assertThat(ending.strayStdout()).isEmpty();
            assertThat(ending.exitCode()).isZero();
        }

        @Test
        void writesItsLogToTheDataDirectoryInstead() {
            assertThat(dataDir.resolve("passerelle.log")).exists();
            assertThat(Files.isRegularFile(dataDir.resolve("passerelle.db"))).isTrue();
        }

        @Test
        void repliesCarryTheirCardsInTheDocumentedShape() {
            JsonNode reply = replies(answers.get("export")).getFirst();
            assertThat(reply.propertyNames()).containsExactly("text", "thread", "ephemeral", "entries", "people");
            assertThat(entries(answers.get("export")).getFirst().propertyNames())
                    .containsExactly("id", "kind", "status", "title", "source", "score", "confident", "related");
            assertThat(people(answers.get("who-crm")).getFirst().propertyNames())
                    .containsExactly("user", "name", "team", "score", "evidence", "reasons", "sources");
            assertThat(captured(answers.get("s01")).getFirst().propertyNames())
                    .containsExactly("id", "kind", "status");
        }
    }

    @Nested
    class Capture {

        @Test
        void savesATaggedFaqAsADraft() {
            assertThat(captured(answers.get("s01"))).singleElement().satisfies(c -> {
                assertThat(c.get("kind").stringValue()).isEqualTo("faq");
                assertThat(c.get("status").stringValue()).isEqualTo("draft");
            });
            assertThat(replies(answers.get("s01"))).singleElement()
                    .satisfies(reply -> assertThat(reply.get("ephemeral").booleanValue()).isTrue());
        }

        @Test
        void turnsTheAnswerTheAskerThankedIntoADraftFaqSourcedFromThatAnswer() {
            JsonNode thanks = answers.get("s04");
            long faq = capturedId(thanks, "faq");
            assertThat(captured(thanks)).anySatisfy(c -> {
                assertThat(c.get("kind").stringValue()).isEqualTo("question");
                assertThat(c.get("status").stringValue()).isEqualTo("answered");
            });
            assertThat(replies(thanks).getFirst().get("thread").stringValue()).isEqualTo("s02");

            JsonNode merge = answers.get("merge");
            assertThat(entries(merge)).first().satisfies(entry -> {
                assertThat(entry.get("id").longValue()).isEqualTo(faq);
                assertThat(entry.get("source").stringValue()).isEqualTo("s03");
                assertThat(entry.get("status").stringValue()).isEqualTo("draft");
            });
        }

        @Test
        void staysSilentOnAQuestionInAChannelThatDoesNotMentionTheBot() {
            assertThat(replies(answers.get("s02"))).isEmpty();
            assertThat(error(answers.get("s02"))).isNull();
        }
    }

    @Nested
    class Answers {

        @Test
        void answersADirectQuestionWithTheFaqThatMatchesIt() {
            JsonNode export = answers.get("export");
            assertThat(entries(export)).first().satisfies(entry -> {
                assertThat(entry.get("id").longValue()).isEqualTo(capturedId(answers.get("s01"), "faq"));
                assertThat(entry.get("kind").stringValue()).isEqualTo("faq");
                assertThat(entry.get("source").stringValue()).isEqualTo("s01");
                assertThat(entry.get("title").stringValue()).isEqualTo("How do I export contacts from the CRM?");
                assertThat(entry.get("score").doubleValue()).isPositive();
                assertThat(entry.get("confident").booleanValue()).isTrue();
            });
            assertThat(text(export)).contains("Export > CSV");
        }

        @Test
        void ranksTheConfirmedAnswererFirstForWhoKnows() {
            JsonNode who = answers.get("who-crm");
            assertThat(users(who)).first().isEqualTo("carol");
            assertThat(users(who)).contains("bob", "erin").doesNotContain("frank");
            assertThat(people(who).getFirst().get("name").stringValue()).isEqualTo("Carol Diaz");
            assertThat(people(who).getFirst().get("team").stringValue()).isEqualTo("Sales Ops");
            assertThat(people(who)).extracting(p -> p.get("score").doubleValue()).isSortedAccordingTo(
                    (a, b) -> Double.compare(b, a));
        }

        @Test
        void justifiesEachNameWithMessagesFromTheConversation() {
            JsonNode who = answers.get("who-crm");
            assertThat(evidenceOf(who, "carol")).contains("s03");
            assertThat(evidenceOf(who, "bob")).contains("s01");
            assertThat(evidence(who)).isNotEmpty().isSubsetOf(scenarioIds);
        }

        @Test
        void neverSaysAMassMentionBackLiterally() {
            JsonNode ping = answers.get("ping");
            assertThat(sources(ping)).first().isEqualTo("s06");
            assertThat(text(ping)).contains("channel").contains("here");
            for (JsonNode out : answered) {
                String replies = out.get("replies").toString();
                assertThat(replies).doesNotContain("@channel", "<!here>");
            }
        }
    }

    @Nested
    class PrivateChannels {

        @Test
        void keepAnEntryFromSomeoneWhoNeverPostedThere() {
            assertThat(sources(answers.get("budget-outsider"))).doesNotContain("s07");
            assertThat(text(answers.get("budget-outsider"))).doesNotContain("80k");
        }

        @Test
        void keepTheirAuthorsOutOfWhoKnowsForOutsiders() {
            for (String question : List.of("who-crm", "who-budget-outsider")) {
                assertThat(users(answers.get(question))).as(question).doesNotContain("alice");
                assertThat(evidence(answers.get(question))).as(question).doesNotContain("s07");
            }
        }

        @Test
        void showTheEntryToItsAuthor() {
            assertThat(sources(answers.get("budget-author"))).first().isEqualTo("s07");
            assertThat(text(answers.get("budget-author"))).contains("80k");
        }

        @Test
        void showTheAuthorToAnotherMemberAsSomeoneWhoKnows() {
            JsonNode who = answers.get("who-budget-member");
            assertThat(users(who)).first().isEqualTo("alice");
            assertThat(evidenceOf(who, "alice")).contains("s07");
        }
    }

    @Nested
    class BrokenLines {

        @Test
        void getAnErrorLineEach() {
            assertThat(error(malformed)).startsWith("malformed JSON");
            assertThat(malformed.get("in").isNull()).isTrue();
            assertThat(error(answers.get("no-text"))).contains("missing required field 'text'");
            assertThat(error(answers.get("empty-text"))).isNotBlank();
            assertThat(error(answers.get("too-long"))).contains("40001").contains("40000");
            assertThat(error(answers.get("bad-type"))).contains("channel_type").contains("voice");
            for (String id : List.of("no-text", "empty-text", "too-long", "bad-type")) {
                assertThat(replies(answers.get(id))).as(id).isEmpty();
                assertThat(captured(answers.get(id))).as(id).isEmpty();
            }
        }

        @Test
        void acceptATextRightAtTheLengthLimit() {
            assertThat(error(answers.get("at-the-limit"))).isNull();
        }

        @Test
        void doNotEndTheSessionNorLoseWhatWasCaptured() {
            JsonNode later = answers.get("export-again");
            assertThat(error(later)).isNull();
            assertThat(entryIds(later)).first().isEqualTo(capturedId(answers.get("s01"), "faq"));
            assertThat(sources(later)).first().isEqualTo("s01");
        }
    }

    @Nested
    class KnowledgeManagers {

        @Test
        void verifyAnEntryFromTheChat() {
            long faq = capturedId(answers.get("s01"), "faq");
            JsonNode verified = answers.get("verify-by-manager");
            assertThat(error(verified)).isNull();
            assertThat(captured(verified)).singleElement().satisfies(c -> {
                assertThat(c.get("id").longValue()).isEqualTo(faq);
                assertThat(c.get("status").stringValue()).isEqualTo("verified");
            });
            assertThat(entries(answers.get("export-verified"))).first()
                    .satisfies(entry -> assertThat(entry.get("status").stringValue()).isEqualTo("verified"));
        }

        @Test
        void areTheOnlyOnesWhoCanVerify() {
            JsonNode refused = answers.get("verify-by-member");
            assertThat(error(refused)).contains("Only knowledge managers");
            assertThat(captured(refused)).isEmpty();
            assertThat(entries(answers.get("export-again"))).first()
                    .satisfies(entry -> assertThat(entry.get("status").stringValue()).isEqualTo("draft"));
        }
    }

    /** Sends lines through the process and files each answer under its input's id. */
    private record Conversation(ChatProcess chat) {
        JsonNode send(String line) {
            JsonNode out = chat.send(line);
            sent.add(line);
            answered.add(out);
            JsonNode in = out.get("in");
            if (in != null && in.isString()) {
                answers.put(in.stringValue(), out);
            }
            return out;
        }
    }
}
