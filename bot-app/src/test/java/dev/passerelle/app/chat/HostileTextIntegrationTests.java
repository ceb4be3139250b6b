package dev.passerelle.app.chat;

import static dev.passerelle.app.chat.ChatLines.captured;
import static dev.passerelle.app.chat.ChatLines.dm;
import static dev.passerelle.app.chat.ChatLines.entryIds;
import static dev.passerelle.app.chat.ChatLines.error;
import static dev.passerelle.app.chat.ChatLines.replies;
import static dev.passerelle.app.chat.ChatLines.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Text written to hurt, through the real {@code chat --json} process: query syntax, SQL, pings, markup, invisible and
 * reversing characters, NUL, and the size limit. Each line gets its one answer line (a reply, or a one-line error in
 * the asker's language), nothing echoed pings a channel, what was stored is still there and still found.
 */
class HostileTextIntegrationTests {

    private static final Map<String, String> HOSTILE = new LinkedHashMap<>();

    static {
        HOSTILE.put("lucene", "title:(vpn OR *:*)^99 AND body:\"unbalanced ~2 [a TO z} \\\\ /regex/ ?");
        HOSTILE.put("sql", "'; DROP TABLE entries; -- how do I export contacts?");
        HOSTILE.put("pings", "<!channel> <!here> <!everyone> @channel @here <@U123> how do I export contacts?");
        HOSTILE.put("mrkdwn", "<https://evil.example|click me> *bold* _it_ ~strike~ `code` how do I export contacts?");
        HOSTILE.put("card", "**bold** [x](javascript:alert(1)) <script>alert(1)</script> {{template}} ${jndi:ldap://x}");
        HOSTILE.put("invisible", "how\u200b do\u200d I\u2060 export\ufeff contacts\u00ad?");
        HOSTILE.put("rtl", "\u202ehow do I export contacts?\u202c \u2067שלום\u2069 مرحبا");
        HOSTILE.put("nul", "how do I export\u0000 contacts?\u0000");
        HOSTILE.put("controls", "\u0007\u001b[31mhow do I export contacts?\u001b[0m\u0008");
        HOSTILE.put("at-limit", "how do I export contacts? " + "x".repeat(40_000 - 26));
        HOSTILE.put("over-limit", "x".repeat(40_001));
    }

    @TempDir
    static Path dataDir;

    static final Map<String, JsonNode> answers = new LinkedHashMap<>();
    static JsonNode storedSql;
    static JsonNode askedAfter;
    static ChatProcess.Ending ending;

    @BeforeAll
    static void sendHostileText() {
        try (ChatProcess chat = ChatProcess.start(dataDir)) {
            chat.send(ChatLines.object("faq", "alice", "#faq How do I export contacts from the CRM? | Settings, then "
                    + "Export. <!channel> @here", "channel", "sales"));
            storedSql = chat.send(ChatLines.object("sql-faq", "alice", "#faq What does '; DROP TABLE entries; -- do? | "
                    + "Nothing here: it is stored as text.", "channel", "sales"));
            HOSTILE.forEach((id, text) -> answers.put(id, chat.send(dm(id, "frank", text))));
            HOSTILE.forEach((id, text) -> answers.put("mention-" + id,
                    chat.send(ChatLines.object("mention-" + id, "frank", "@passerelle " + text, "channel", "general"))));
            askedAfter = chat.send(dm("after", "frank", "What does DROP TABLE entries do"));
            ending = chat.finish();
        }
    }

    @Test
    void everyHostileLineGetsOneAnswerLineAReplyOrAOneLineError() {
        assertThat(answers).hasSize(HOSTILE.size() * 2);
        answers.forEach((id, out) -> {
            boolean replied = !replies(out).isEmpty();
            boolean refused = out.path("error").isString();
            assertThat(replied || refused).as("%s gets a reply or an error", id).isTrue();
            if (refused) {
                assertThat(error(out)).as(id).isNotBlank().doesNotContain("\n", "Exception", "\tat ");
            }
        });
        assertThat(error(answers.get("over-limit"))).contains("40000");
        assertThat(replies(answers.get("at-limit"))).isNotEmpty();
    }

    @Test
    void nothingEchoedPingsAChannel() {
        answers.forEach((id, out) -> replies(out).forEach(reply -> assertThat(reply.path("text").stringValue())
                .as(id).doesNotContain("<!channel>", "<!here>", "<!everyone>", "@channel", "@here")));
    }

    @Test
    void questionsThroughAllThatNoiseStillFindTheAnswer() {
        for (String id : List.of("sql", "pings", "mrkdwn", "invisible", "rtl", "nul", "controls")) {
            assertThat(text(answers.get(id))).as(id).doesNotContain("Exception");
        }
        assertThat(entryIds(answers.get("invisible"))).as("zero-width characters do not split words").isNotEmpty();
    }

    @Test
    void storedTextSurvivesAndIsStillFound() {
        assertThat(captured(storedSql)).isNotEmpty();
        assertThat(entryIds(askedAfter)).contains(captured(storedSql).getFirst().path("id").asLong());
    }

    @Test
    void theProcessEndsCleanlyWithNothingOnStandardErrorButLogs() {
        assertThat(ending.exitCode()).isZero();
        assertThat(ending.strayStdout()).isEmpty();
        assertThat(ending.stderr()).doesNotContain("Exception", "\tat ");
    }

    @AfterAll
    static void keepNothing() {
        answers.clear();
    }
}
