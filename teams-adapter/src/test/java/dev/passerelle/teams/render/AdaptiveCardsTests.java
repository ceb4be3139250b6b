package dev.passerelle.teams.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.Language;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The core's replies as Adaptive Cards: what each block becomes, and that user text stays text. */
class AdaptiveCardsTests {

    private final AdaptiveCards cards = new AdaptiveCards();

    @Test
    void aCardIsAnAdaptiveCardOfSchema1Point5AtFullWidth() {
        JsonNode card = cards.reply(TestCards.reply(new Block.Section("Hello")), Language.EN);

        assertThat(card.path("type").asText()).isEqualTo("AdaptiveCard");
        assertThat(card.path("version").asText()).isEqualTo("1.5");
        assertThat(card.path("$schema").asText()).isEqualTo("http://adaptivecards.io/schemas/adaptive-card.json");
        assertThat(card.path("msteams").path("width").asText()).isEqualTo("Full");
    }

    @Test
    void aReplyWithoutBlocksIsItsText() {
        JsonNode card = cards.reply(Reply.ephemeral("Saved as insight #3. Thanks for sharing!"), Language.EN);

        assertThat(texts(card)).containsExactly("Saved as insight #3. Thanks for sharing!");
    }

    @Nested
    class Answers {

        @Test
        void anEntryShowsItsNumberKindBadgeTitleBodyAndALinkToItsSource() {
            JsonNode card = cards.reply(TestCards.reply(new Block.Entries(List.of(TestCards.entry(12).build()))),
                    Language.EN);

            assertThat(texts(card)).containsExactly(
                    "\\#12 FAQ · ✅ Verified",
                    "How do I export the CRM?",
                    "Settings, then Export.",
                    "[Source](https://teams.microsoft.com/l/message/19%3Ageneral%40thread.tacv2/1732540000000)");
        }

        @Test
        void aDraftSaysSoInFrenchAndAPainPointCountsItsVotes() {
            JsonNode card = cards.reply(TestCards.reply(new Block.Entries(List.of(TestCards.entry(7)
                    .kind(EntryKind.PAIN_POINT).status(EntryStatus.DRAFT).body(null).votes(3).build()))), Language.FR);

            assertThat(texts(card).getFirst()).isEqualTo("\\#7 Irritant · brouillon · 3 votes");
        }

        @Test
        void aSourceThatIsNotATeamsMessageIsNamedNotLinked() {
            JsonNode card = cards.reply(TestCards.reply(new Block.Entries(List.of(TestCards.entry(3)
                    .source("C0SALES", "1700000000.000100").build()))), Language.EN);

            assertThat(texts(card).getLast()).isEqualTo("source: message 1700000000.000100");
        }

        @Test
        void feedbackButtonsAreUniversalActionsThatNameTheEntry() {
            JsonNode card = cards.reply(TestCards.reply(new Block.Actions(List.of(
                    new Block.Button("Helpful", "feedback.helpful", "12"),
                    new Block.Button("Not helpful", "feedback.unhelpful", "12")))), Language.EN);

            JsonNode actions = card.path("body").path(0).path("actions");
            assertThat(card.path("body").path(0).path("type").asText()).isEqualTo("ActionSet");
            assertThat(actions).hasSize(2);
            assertThat(actions.path(0).path("type").asText()).isEqualTo("Action.Execute");
            assertThat(actions.path(0).path("title").asText()).isEqualTo("Helpful");
            assertThat(actions.path(0).path("verb").asText()).isEqualTo("feedback.helpful");
            assertThat(actions.path(0).path("data").path("entry").asText()).isEqualTo("12");
            assertThat(actions.path(1).path("data").path("action").asText()).isEqualTo("feedback.unhelpful");
        }

        @Test
        void pendingItemsCarryTheManagersVerifyAndArchive() {
            JsonNode card = cards.reply(TestCards.reply(
                    new Block.Entries(List.of(TestCards.entry(4).status(EntryStatus.DRAFT).build())),
                    new Block.Actions(List.of(new Block.Button("Verify", "curation.verify", "4"),
                            new Block.Button("Archive", "curation.archive", "4")))), Language.EN);

            assertThat(card.findValuesAsText("verb")).containsExactly("curation.verify", "curation.archive");
        }
    }

    @Test
    void aPersonShowsNameTeamReasonsAndEvidenceLinksWithoutAMention() {
        JsonNode card = cards.reply(TestCards.reply(new Block.People(List.of(TestCards.person("29:alice", "Alice Martin")))),
                Language.EN);

        assertThat(texts(card)).containsExactly(
                "Alice Martin · Sales",
                "• wrote FAQ #12: CRM export",
                "Evidence: [1](https://teams.microsoft.com/l/message/19%3Ageneral%40thread.tacv2/1732540000000)");
        assertThat(card.toString()).doesNotContain("<at>", "mention");
    }

    @Test
    void fieldsAreAFactSet() {
        JsonNode card = cards.reply(TestCards.reply(new Block.Fields(List.of(new Block.Field("Team", "Sales_Ops")))),
                Language.EN);

        assertThat(card.path("body").path(0).path("type").asText()).isEqualTo("FactSet");
        assertThat(card.path("body").path(0).path("facts").path(0).path("value").asText()).isEqualTo("Sales\\_Ops");
    }

    @Nested
    class Escaping {

        @Test
        void whatPeopleWroteCannotBecomeMarkupLinksOrMentions() {
            JsonNode card = cards.reply(TestCards.reply(
                    new Block.Section("**Alert** [click](https://evil.example) <at>Everyone</at> @channel"),
                    new Block.Entries(List.of(TestCards.entry(1).title("_Why_ <b>bold</b>?").body("- item\n# title")
                            .build())),
                    new Block.People(List.of(TestCards.person("29:x", "[Eve](https://evil.example)")))), Language.EN);

            List<String> texts = texts(card);
            assertThat(texts.get(0)).isEqualTo(
                    "\\*\\*Alert\\*\\* \\[click\\](https://evil.example) \\<at\\>Everyone\\</at\\> @\u2060channel");
            assertThat(texts).contains("\\_Why\\_ \\<b\\>bold\\</b\\>?", "\\- item\n\\# title",
                    "\\[Eve\\](https://evil.example) · Sales");
        }

        @Test
        void buttonTitlesArePlainTextAndBreakMassMentions() {
            JsonNode card = cards.reply(TestCards.reply(new Block.Actions(List.of(
                    new Block.Button("@here look", "feedback.helpful", "1")))), Language.EN);

            assertThat(card.findValuesAsText("title")).containsExactly("@\u2060here look");
        }

        @Test
        void theSummaryIsPlainAndBounded() {
            Reply reply = new Reply("x".repeat(5_000) + " @everyone", null, false, List.of(new Block.Section("s")));

            assertThat(cards.summary(reply)).hasSize(1_000).endsWith("…");
        }
    }

    @Test
    void theWelcomeSaysHowToUseItInFrenchThenEnglish() {
        List<String> texts = texts(cards.welcome());

        assertThat(texts.getFirst()).isEqualTo("Bonjour, je suis Passerelle");
        assertThat(texts).contains("Hello, I am Passerelle", "• Everything else: @Passerelle help",
                "• Tout le reste : @Passerelle aide");
        assertThat(cards.welcomeSummary()).isEqualTo("Bonjour, je suis Passerelle / Hello, I am Passerelle");
    }

    @Nested
    class SaveForm {

        @Test
        void theFormAsksKindTextAndTagsWithTheMessageAsWritten() {
            JsonNode form = cards.saveForm("Use *bold* <here>", Language.EN);

            assertThat(form.findValuesAsText("id")).containsExactly("kind", "text", "tags");
            JsonNode kind = form.path("body").path(1);
            assertThat(kind.path("type").asText()).isEqualTo("Input.ChoiceSet");
            assertThat(kind.path("value").asText()).isEqualTo("insight");
            assertThat(kind.path("choices").findValuesAsText("value")).containsExactly("faq", "insight", "pain_point");
            assertThat(form.path("body").path(2).path("value").asText()).isEqualTo("Use *bold* <here>");
            assertThat(form.path("body").path(2).path("isRequired").asBoolean()).isTrue();
            assertThat(form.path("actions").path(0).path("type").asText()).isEqualTo("Action.Submit");
            assertThat(form.path("actions").path(0).path("data").path("action").asText()).isEqualTo("passerelle.save");
        }

        @Test
        void theFormSpeaksFrenchToAFrenchClient() {
            JsonNode form = cards.saveForm("", Language.FR);

            assertThat(form.path("body").path(1).path("choices").findValuesAsText("title"))
                    .containsExactly("FAQ", "Astuce", "Irritant");
            assertThat(form.path("actions").path(0).path("title").asText()).isEqualTo("Enregistrer");
        }
    }

    /** Every TextBlock's text, in order, at any depth. */
    private static List<String> texts(JsonNode card) {
        return card.findParents("type").stream()
                .filter(node -> node.path("type").asText().equals("TextBlock"))
                .map(node -> node.path("text").asText())
                .toList();
    }
}
