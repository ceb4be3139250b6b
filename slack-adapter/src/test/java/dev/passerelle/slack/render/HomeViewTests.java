package dev.passerelle.slack.render;

import static dev.passerelle.slack.render.TestCards.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.slack.api.model.view.View;
import dev.passerelle.core.conversation.Action;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.conversation.Home;
import dev.passerelle.core.conversation.PersonCard;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.Language;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HomeViewTests {

    private static final PersonCard ALICE = new PersonCard("U0123ABC", "Alice Martin", "Sales", 0, List.of(),
            List.of());
    private static final EntryCard QUESTION = entry(31).kind(EntryKind.QUESTION).status(EntryStatus.OPEN)
            .title("How do I reset the VPN?").build();
    private static final EntryCard PAIN = entry(7).kind(EntryKind.PAIN_POINT).votes(4).title("CRM export is slow")
            .build();
    /** As the core lists it for a knowledge manager: with its Verify and Archive buttons. */
    private static final EntryCard DRAFT = entry(12).status(EntryStatus.DRAFT).build().withButtons(List.of(
            new Block.Button("Verify", Action.VERIFY, 12), new Block.Button("Archive", Action.ARCHIVE, 12)));

    private final BlockKit kit = new BlockKit(Permalinks.none());

    @Nested
    class ForAMember {

        @Test
        void isAHomeTabWithProfileQuestionsAndPainPoints() {
            View view = kit.home(new Home(Language.EN, ALICE, List.of("CRM", "invoicing"), "member",
                    List.of(QUESTION), List.of(PAIN), List.of()));

            assertThat(view.getType()).isEqualTo("home");
            assertThat(Rendered.strings(view)).contains("Passerelle",
                    "Alice Martin — team: Sales — role: member", "Your skills: CRM, invoicing",
                    "Your open questions", "Pain register: 1 open or acknowledged, the most backed:", "*#7 Pain point* ✅ Verified · 4 votes\n*CRM export is slow*")
                    .anyMatch(text -> text.contains("How do I reset the VPN?"))
                    .noneMatch(text -> text.startsWith("Waiting for review"));
            assertThat(actionIds(view)).isEmpty();
        }

        @Test
        void emptySectionsSaySoInTheirLanguage() {
            PersonCard noTeam = new PersonCard("U0123ABC", "Alice", null, 0, List.of(), List.of());

            View view = kit.home(new Home(Language.FR, noTeam, List.of(), "membre", List.of(), List.of(), List.of()));

            assertThat(Rendered.strings(view)).contains("Alice — équipe : aucune — rôle : membre",
                    "Aucune compétence déclarée : /kb compétences ajoute &lt;sujets&gt;",
                    "Aucune : toutes vos questions ont eu une réponse.", "Aucun irritant ouvert.");
        }
    }

    @Nested
    class ForAKnowledgeManager {

        @Test
        void reviewQueueHasVerifyAndArchiveButtonsPerEntry() {
            View view = kit.home(new Home(Language.EN, ALICE, List.of(), "knowledge manager", List.of(), List.of(),
                    List.of(DRAFT)));

            assertThat(Rendered.strings(view)).contains("Waiting for review: 1, the oldest:", "Verify", "Archive");
            JsonObject verify = buttons(view).getFirst();
            assertThat(verify.get("action_id").getAsString()).isEqualTo("verify");
            assertThat(verify.get("value").getAsString()).isEqualTo("12:en");
            assertThat(actionIds(view)).containsExactly("verify", "archive");
            assertThat(buttons(view).getLast().get("value").getAsString()).isEqualTo("12:en");
        }

        @Test
        void emptyQueueSaysNothingWaits() {
            View view = kit.home(new Home(Language.FR, ALICE, List.of(), "gestionnaire de connaissances", List.of(),
                    List.of(), List.of(), true));

            assertThat(Rendered.strings(view)).contains("En attente de validation : 0", "Rien n’attend de validation.");
        }

        @Test
        void aQueueToReviewShowsWhateverTheRoleIsCalled() {
            View view = kit.home(new Home(Language.EN, ALICE, List.of(), "admin", List.of(), List.of(), List.of(DRAFT)));

            assertThat(actionIds(view)).containsExactly("verify", "archive");
        }
    }

    @Nested
    class TheDesk {

        private static final EntryCard GAP = entry(31).kind(EntryKind.QUESTION).status(EntryStatus.OPEN)
                .title("How do I reset the VPN?").build().withButtons(List.of(
                        new Block.Button("Answer", Action.ANSWER_GAP, 31).onDesk(),
                        new Block.Button("Route", Action.ROUTE_GAP, 31).onDesk()));
        private static final EntryCard MOVABLE_PAIN = PAIN.withButtons(List.of(
                new Block.Button("+1", Action.VOTE, 7).onDesk(),
                new Block.Button("Acknowledge", Action.ACKNOWLEDGE_PAIN, 7).onDesk(),
                new Block.Button("Resolve", Action.RESOLVE_PAIN, 7).onDesk()));
        private static final Home.Desk FIGURES = new Home.Desk(28, List.of(GAP), 3, 4,
                java.util.Map.of(7L, "#7 — 4 votes, +2 this week, 2 teams (last 4 weeks: 0 → +1 → +1 → +2)",
                        31L, "#31 “How do I reset the VPN?” — 3 askers · may know: Priya"),
                List.of("• New entries in the period: 12", "• Feedback: 5 Helpful, 1 Not helpful"));

        @Test
        void aManagersDeskHasTheQueueTotalTheGapsTheRegisterAndTheWeek() {
            View view = kit.home(new Home(Language.EN, ALICE, List.of(), "knowledge manager", List.of(),
                    List.of(MOVABLE_PAIN), List.of(DRAFT.withButtons(DRAFT.buttons().stream().map(Block.Button::onDesk)
                            .toList())), true, FIGURES));

            assertThat(Rendered.strings(view)).contains("Pain register: 4 open or acknowledged, the most backed:",
                    "#7 — 4 votes, +2 this week, 2 teams (last 4 weeks: 0 → +1 → +1 → +2)",
                    "Waiting for review: 28, the oldest:", "Open gaps: 3, the most asked:",
                    "#31 “How do I reset the VPN?” — 3 askers · may know: Priya", "The last 7 days:",
                    "• New entries in the period: 12\n• Feedback: 5 Helpful, 1 Not helpful");
            assertThat(actionIds(view)).containsExactly("vote", "acknowledge_pain", "resolve_pain", "verify", "archive",
                    "answer_gap", "route_gap");
            assertThat(buttons(view)).extracting(button -> button.get("value").getAsString())
                    .contains("7:en:desk", "12:en:desk", "31:en:desk");
            assertThat(Rendered.strings(view)).contains("Acknowledge", "Resolve", "Answer", "Route");
        }

        @Test
        void aMembersDeskShowsNeitherGapsNorFigures() {
            View view = kit.home(new Home(Language.FR, ALICE, List.of(), "membre", List.of(), List.of(PAIN.withButtons(
                    List.of(new Block.Button("+1", Action.VOTE, 7).onDesk()))), List.of(), false, FIGURES));

            assertThat(Rendered.strings(view)).contains("Registre des irritants : 4 ouverts ou pris en compte, le plus soutenu :")
                    .noneMatch(text -> text.startsWith("Lacunes ouvertes") || text.startsWith("Les 7 derniers jours")
                            || text.startsWith("En attente de validation"));
            assertThat(actionIds(view)).containsExactly("vote");
        }

        @Test
        void aFullDeskStaysWithinTheHomeTabsLimits() {
            List<EntryCard> five = java.util.stream.LongStream.rangeClosed(1, 5).mapToObj(id -> entry(id)
                    .kind(EntryKind.PAIN_POINT).title("x".repeat(4000)).build().withButtons(List.of(
                            new Block.Button("y".repeat(200), Action.VOTE, id).onDesk()))).toList();
            java.util.Map<Long, String> lines = new java.util.HashMap<>();
            five.forEach(card -> lines.put(card.id(), "z".repeat(5000)));

            View view = kit.home(new Home(Language.EN, ALICE, List.of("s".repeat(4000)), "admin", five, five, five, true,
                    new Home.Desk(5, five, 5, 5, lines, List.of("w".repeat(4000)))));

            assertThat(view.getBlocks()).hasSizeLessThanOrEqualTo(100);
            assertThat(Rendered.strings(view)).allMatch(text -> text.length() <= 3000);
            assertThat(buttons(view)).allSatisfy(button -> assertThat(button.getAsJsonObject("text").get("text")
                    .getAsString()).hasSizeLessThanOrEqualTo(75));
        }

        @Test
        void buttonValuesFromBeforeTheDeskStillRead() {
            assertThat(ButtonValue.read("12:en")).hasValueSatisfying(value -> {
                assertThat(value.entryId()).isEqualTo(12);
                assertThat(value.desk()).isFalse();
            });
            assertThat(ButtonValue.read("12")).hasValueSatisfying(value -> assertThat(value.language()).isEmpty());
            assertThat(ButtonValue.read("12:fr:desk")).hasValueSatisfying(value -> {
                assertThat(value.language()).contains(Language.FR);
                assertThat(value.desk()).isTrue();
            });
        }
    }

    private static List<JsonObject> buttons(View view) {
        return StreamSupport.stream(Rendered.json(view).getAsJsonObject().getAsJsonArray("blocks").spliterator(), false)
                .map(JsonElement::getAsJsonObject)
                .filter(block -> block.get("type").getAsString().equals("actions"))
                .flatMap(block -> StreamSupport.stream(block.getAsJsonArray("elements").spliterator(), false))
                .map(JsonElement::getAsJsonObject)
                .toList();
    }

    private static List<String> actionIds(View view) {
        return buttons(view).stream().map(button -> button.get("action_id").getAsString()).toList();
    }
}
