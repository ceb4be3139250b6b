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
                    "Your open questions", "Top pain points", "*#7 Pain point* ✅ Verified · 4 votes\n*CRM export is slow*")
                    .anyMatch(text -> text.contains("How do I reset the VPN?"))
                    .doesNotContain("Waiting for review");
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

            assertThat(Rendered.strings(view)).contains("Waiting for review", "Verify", "Archive");
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

            assertThat(Rendered.strings(view)).contains("En attente de validation", "Rien n’attend de validation.");
        }

        @Test
        void aQueueToReviewShowsWhateverTheRoleIsCalled() {
            View view = kit.home(new Home(Language.EN, ALICE, List.of(), "admin", List.of(), List.of(), List.of(DRAFT)));

            assertThat(actionIds(view)).containsExactly("verify", "archive");
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
