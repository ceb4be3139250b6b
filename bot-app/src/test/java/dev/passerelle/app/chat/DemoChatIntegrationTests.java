package dev.passerelle.app.chat;

import static dev.passerelle.app.chat.ChatLines.capturedId;
import static dev.passerelle.app.chat.ChatLines.dm;
import static dev.passerelle.app.chat.ChatLines.entries;
import static dev.passerelle.app.chat.ChatLines.entryIds;
import static dev.passerelle.app.chat.ChatLines.error;
import static dev.passerelle.app.chat.ChatLines.evidence;
import static dev.passerelle.app.chat.ChatLines.sources;
import static dev.passerelle.app.chat.ChatLines.users;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code chat --json --demo}: the bundled demo conversation (Lumen Conseil, {@code demo/demo.jsonl})
 * answers the questions it is there to show off, keeps the private finance-direction channel
 * private, and loading it again on the same data directory changes nothing.
 */
class DemoChatIntegrationTests {

    /** The messages of the private finance-direction channel, where marc and nathalie post. */
    static final List<String> FINANCE_DIRECTION = List.of("d072", "d073", "d074", "d075");
    static final String NEWCOMER = "zoe";

    @TempDir
    static Path dataDir;

    static final Map<String, JsonNode> firstRun = new LinkedHashMap<>();
    static final Map<String, JsonNode> secondRun = new LinkedHashMap<>();

    @BeforeAll
    static void runTheDemoTwiceOnTheSameData() {
        play(firstRun, "1");
        play(secondRun, "2");
    }

    /** Message ids differ between runs: the same id twice is a retried delivery, which the bot ignores. */
    private static void play(Map<String, JsonNode> answers, String run) {
        try (ChatProcess chat = ChatProcess.start(dataDir, "--demo")) {
            ask(chat, answers, run, "note", dm("note-" + run, NEWCOMER,
                    "#faq Where do I park my bike at the Lyon office? | In the courtyard, badge at the gate."));
            ask(chat, answers, run, "who-crm", dm("who-crm-" + run, NEWCOMER, "qui connaît le CRM ?"));
            ask(chat, answers, run, "who-invoicing", dm("who-invoicing-" + run, NEWCOMER, "who knows about invoicing?"));
            ask(chat, answers, run, "billing", dm("billing-" + run, NEWCOMER, "problèmes de facturation ?"));
            String freeze = "Le gel budgétaire concerne-t-il les achats déjà engagés ?";
            ask(chat, answers, run, "freeze-outsider", dm("freeze-outsider-" + run, NEWCOMER, freeze));
            ask(chat, answers, run, "who-budget-outsider", dm("who-budget-" + run, NEWCOMER, "qui connaît le budget ?"));
            ask(chat, answers, run, "freeze-member", dm("freeze-member-" + run, "marc", freeze));
            assertThat(chat.finish().exitCode()).isZero();
        }
    }

    private static void ask(ChatProcess chat, Map<String, JsonNode> answers, String run, String key, String line) {
        JsonNode out = chat.send(line);
        assertThat(error(out)).as("run %s, %s", run, key).isNull();
        answers.put(key, out);
    }

    @Test
    void namesClaireFirstWhenANewcomerAsksWhoKnowsTheCrm() {
        assertThat(users(firstRun.get("who-crm"))).first().isEqualTo("claire");
        assertThat(evidence(firstRun.get("who-crm"))).isNotEmpty().allMatch(id -> id.matches("d\\d{3}"));
    }

    @Test
    void namesNathalieAmongTheTopForInvoicing() {
        List<String> people = users(firstRun.get("who-invoicing"));
        assertThat(people.indexOf("nathalie")).as("nathalie's rank among %s", people).isBetween(0, 1);
    }

    @Test
    void findsEntriesAboutBillingProblems() {
        assertThat(entries(firstRun.get("billing"))).isNotEmpty();
        assertThat(sources(firstRun.get("billing"))).allMatch(id -> id.matches("d\\d{3}"));
    }

    @Test
    void keepsTheBudgetFreezeFromPeopleOutsideFinanceDirection() {
        assertThat(sources(firstRun.get("freeze-outsider"))).doesNotContainAnyElementsOf(FINANCE_DIRECTION);
        assertThat(evidence(firstRun.get("who-budget-outsider"))).doesNotContainAnyElementsOf(FINANCE_DIRECTION);
        assertThat(ChatLines.text(firstRun.get("freeze-outsider"))).doesNotContain("30 septembre");
    }

    @Test
    void answersTheBudgetFreezeForAMemberOfFinanceDirection() {
        assertThat(sources(firstRun.get("freeze-member"))).first().isEqualTo("d072");
    }

    @Test
    void loadingTheDemoAgainGivesTheSameEntries() {
        for (String question : List.of("billing", "freeze-member")) {
            assertThat(entryIds(secondRun.get(question))).as(question)
                    .isNotEmpty().isEqualTo(entryIds(firstRun.get(question)));
        }
        assertThat(users(secondRun.get("who-crm"))).isEqualTo(users(firstRun.get("who-crm")));
    }

    @Test
    void loadingTheDemoAgainAddsNoEntry() {
        long lastOfFirstRun = firstRun.values().stream().flatMap(out -> ChatLines.captured(out).stream())
                .mapToLong(captured -> captured.get("id").longValue()).max().orElseThrow();
        assertThat(capturedId(secondRun.get("note"), "faq")).isEqualTo(lastOfFirstRun + 1);
    }
}
