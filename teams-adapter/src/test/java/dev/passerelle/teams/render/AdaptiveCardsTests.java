package dev.passerelle.teams.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.passerelle.core.conversation.Action;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.conversation.SaveForm;
import dev.passerelle.core.conversation.TestCards;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.Language;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The core's replies as Adaptive Cards: what each block becomes, and that user text stays text. */
class AdaptiveCardsTests {

    private static final TestCards TEAMS = TestCards.on("19:general@thread.tacv2", "1732540000000");

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
        void suggestionsComeUnderTheirMarkerEachWithItsOwnHelpfulButton() {
            List<EntryCard> suggestions = List.of(TEAMS.entry(12).build(), TEAMS.entry(13).build()).stream()
                    .map(entry -> entry.withButtons(List.of(new Block.Button("Helpful", Action.HELPFUL, entry.id()))))
                    .toList();

            JsonNode card = cards.reply(TestCards.reply(new Block.Section("Not sure, but these may help:"),
                    new Block.Entries(suggestions)), Language.EN);

            assertThat(texts(card).getFirst()).isEqualTo("Not sure, but these may help:");
            assertThat(card.findParents("verb")).extracting(node -> node.path("verb").asText())
                    .containsExactly("helpful", "helpful");
        }

        @Test
        void relatedEntriesAreOneSubtleLineOfNumbersAndTitlesWithoutButtons() {
            JsonNode card = cards.reply(TestCards.reply(new Block.Related("See also:", List.of(
                    TEAMS.entry(12).title("Why does the VPN drop?").build(),
                    TEAMS.entry(13).title("Where is the **VPN** portal?").build()))), Language.EN);

            assertThat(texts(card)).hasSize(1).first().asString()
                    .startsWith("See also: **\\#12** Why does the VPN drop? · **\\#13** ")
                    .doesNotContain("**VPN**");
            assertThat(card.findParents("verb")).isEmpty();
        }

        @Test
        void anEntryShowsItsNumberKindBadgeTitleBodyAndALinkToItsSource() {
            JsonNode card = cards.reply(TestCards.reply(new Block.Entries(List.of(TEAMS.entry(12).build()))),
                    Language.EN);

            assertThat(texts(card)).containsExactly(
                    "\\#12 FAQ · ✅ Verified",
                    "How do I export the CRM?",
                    "Settings, then Export.",
                    "[Source](https://teams.microsoft.com/l/message/19%3Ageneral%40thread.tacv2/1732540000000)");
        }

        @Test
        void aStaleEntrySaysWhenItWasLastCheckedBeforeItsButtons() {
            JsonNode card = cards.reply(TestCards.reply(new Block.Entries(List.of(TEAMS.entry(12).build().withStale(
                    new EntryCard.Stale(java.time.Instant.parse("2026-06-01T00:00:00Z"),
                            java.time.Instant.parse("2026-08-30T00:00:00Z"), "Vérifiée il y a 6 mois"))))),
                    Language.FR);

            assertThat(texts(card)).last().isEqualTo("⏳ Vérifiée il y a 6 mois");
        }

        @Test
        void aDraftSaysSoInFrenchAndAPainPointCountsItsVotes() {
            JsonNode card = cards.reply(TestCards.reply(new Block.Entries(List.of(TEAMS.entry(7)
                    .kind(EntryKind.PAIN_POINT).status(EntryStatus.DRAFT).body(null).votes(3).build()))), Language.FR);

            assertThat(texts(card).getFirst()).isEqualTo("\\#7 Irritant · brouillon · 3 votes");
        }

        @Test
        void aSourceThatIsNotATeamsMessageIsNamedNotLinked() {
            JsonNode card = cards.reply(TestCards.reply(new Block.Entries(List.of(TEAMS.entry(3)
                    .source("C0SALES", "1700000000.000100").build()))), Language.EN);

            assertThat(texts(card).getLast()).isEqualTo("source: message 1700000000.000100");
        }

        @Test
        void feedbackButtonsAreUniversalActionsThatNameTheirActionEntryAndLanguage() {
            JsonNode card = cards.reply(TestCards.reply(new Block.Entries(List.of(TEAMS.entry(12).build()
                    .withButtons(List.of(new Block.Button("Utile", Action.HELPFUL, 12),
                            new Block.Button("Pas utile", Action.NOT_HELPFUL, 12)))))), Language.FR);

            JsonNode actionSet = card.path("body").path(0).path("items").path(4);
            JsonNode actions = actionSet.path("actions");
            assertThat(actionSet.path("type").asText()).isEqualTo("ActionSet");
            assertThat(actions).hasSize(2);
            assertThat(actions.path(0).path("type").asText()).isEqualTo("Action.Execute");
            assertThat(actions.path(0).path("title").asText()).isEqualTo("Utile");
            assertThat(actions.path(0).path("verb").asText()).isEqualTo("helpful");
            assertThat(actions.path(0).path("data").path("entry").asText()).isEqualTo("12");
            assertThat(actions.path(0).path("data").path("language").asText()).isEqualTo("fr");
            assertThat(actions.path(1).path("verb").asText()).isEqualTo("not_helpful");
            assertThat(actions.path(1).path("data").path("action").asText()).isEqualTo("not_helpful");
        }

        @Test
        void pendingItemsEachCarryTheirOwnVerifyAndArchiveRightUnderThem() {
            List<EntryCard> pending = List.of(4L, 9L, 17L).stream().map(id -> TEAMS.entry(id)
                    .status(EntryStatus.DRAFT).title("Draft " + id).buttons(Action.VERIFY, Action.ARCHIVE).build())
                    .toList();

            JsonNode card = cards.reply(TestCards.reply(new Block.Section("3 drafts to review:"),
                    new Block.Entries(pending)), Language.EN);

            JsonNode body = card.path("body");
            assertThat(body).hasSize(1 + pending.size());
            for (int i = 0; i < pending.size(); i++) {
                JsonNode entry = body.path(1 + i);
                long id = pending.get(i).id();
                assertThat(texts(entry)).as("entry shown").startsWith("\\#" + id + " FAQ · draft", "Draft " + id);
                JsonNode last = entry.path("items").path(entry.path("items").size() - 1);
                assertThat(last.path("type").asText()).as("what comes right after entry #" + id)
                        .isEqualTo("ActionSet");
                assertThat(last.path("actions").findValuesAsText("verb")).containsExactly("verify", "archive");
                assertThat(last.path("actions").findValuesAsText("entry")).as("the entry shown above the buttons")
                        .containsOnly(String.valueOf(id));
            }
            assertThat(card.findValuesAsText("verb")).hasSize(2 * pending.size());
        }

        @Test
        void aPainPointsPlusOneIsAUniversalActionWithItsLabel() {
            JsonNode card = cards.reply(TestCards.reply(new Block.Entries(List.of(TEAMS.entry(21).build()
                    .withButtons(List.of(new Block.Button("+1", Action.VOTE, 21)))))), Language.FR);

            JsonNode vote = card.findValues("actions").getFirst().path(0);
            assertThat(vote.path("type").asText()).isEqualTo("Action.Execute");
            assertThat(vote.path("title").asText()).isEqualTo("+1");
            assertThat(vote.path("verb").asText()).isEqualTo("vote");
            assertThat(vote.path("data").path("entry").asText()).isEqualTo("21");
        }

        @Test
        void anEntryWithoutButtonsHasNoActionSet() {
            JsonNode card = cards.reply(TestCards.reply(new Block.Entries(List.of(TEAMS.entry(3).build()))),
                    Language.EN);

            assertThat(card.findValues("actions")).isEmpty();
        }
    }

    @Test
    void aPersonShowsNameTeamReasonsAndEvidenceLinksWithoutAMention() {
        JsonNode card = cards.reply(TestCards.reply(new Block.People(List.of(TEAMS.personWithEvidence("29:alice", "Alice Martin")))),
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
                    new Block.Entries(List.of(TEAMS.entry(1).title("_Why_ <b>bold</b>?").body("- item\n# title")
                            .build())),
                    new Block.People(List.of(TEAMS.personWithEvidence("29:x", "[Eve](https://evil.example)")))), Language.EN);

            List<String> texts = texts(card);
            assertThat(texts.get(0)).isEqualTo(
                    "\\*\\*Alert\\*\\* \\[click\\](https://evil.example) \\<at\\>Everyone\\</at\\> @\u2060channel");
            assertThat(texts).contains("\\_Why\\_ \\<b\\>bold\\</b\\>?", "\\- item\n\n\\# title",
                    "\\[Eve\\](https://evil.example) · Sales");
        }

        /** Teams joins lines one line break separates: each becomes a blank line, which Teams shows as a break. */
        @Test
        void eachLineOfASectionStaysALineInTeams() {
            JsonNode card = cards.reply(TestCards.reply(new Block.Section("Open gaps: 2\n• #15 VPN\r\n• #29 CRM")),
                    Language.EN);

            assertThat(texts(card).get(0)).isEqualTo("Open gaps: 2\n\n• #15 VPN\n\n• #29 CRM");
        }

        @Test
        void buttonTitlesArePlainTextAndBreakMassMentions() {
            JsonNode card = cards.reply(TestCards.reply(new Block.Entries(List.of(TEAMS.entry(1).title("").body(null)
                    .source(null, null).build().withButtons(List.of(new Block.Button("@here look", Action.HELPFUL, 1)))))),
                    Language.EN);

            assertThat(card.findValuesAsText("title")).containsExactly("@\u2060here look");
        }

        @Test
        void theSummaryIsPlainAndBounded() {
            Reply reply = new Reply("x".repeat(5_000) + " @everyone", null, false, List.of(new Block.Section("s")));

            assertThat(cards.summary(reply)).hasSize(1_000).endsWith("…");
        }
    }

    @Test
    void theWelcomeSaysHowToUseItInBothLanguagesTheOneItIsGivenFirst() {
        List<String> french = texts(cards.welcome(Language.FR));
        List<String> english = texts(cards.welcome(Language.EN));

        assertThat(french.getFirst()).isEqualTo("Bonjour, je suis Passerelle");
        assertThat(french).contains("• Tout le reste : @Passerelle aide", "Hello, I am Passerelle");
        assertThat(french.indexOf("Hello, I am Passerelle")).isGreaterThan(french.indexOf("• Tout le reste : @Passerelle aide"));
        assertThat(english.getFirst()).isEqualTo("Hello, I am Passerelle");
        assertThat(english).contains("• Everything else: @Passerelle help", "Bonjour, je suis Passerelle");
        assertThat(cards.welcomeSummary(Language.FR)).isEqualTo("Bonjour, je suis Passerelle");
    }

    @Nested
    class SaveToPasserelle {

        @Test
        void theFormAsksKindTextAndTagsWithTheMessageAsWritten() {
            JsonNode form = cards.saveForm(SaveForm.of("Use *bold* <here>", Language.EN));

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
            JsonNode form = cards.saveForm(SaveForm.of("", Language.FR));

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
