package dev.passerelle.core.curation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Conversation;
import dev.passerelle.core.WithConversation;
import dev.passerelle.core.conversation.Action;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.Click;
import dev.passerelle.core.conversation.EditForm;
import dev.passerelle.core.conversation.EditSubmitted;
import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.store.sqlite.SqliteStore;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Sender;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The Edit button's form: opened prefilled for a knowledge manager, and sent back applied field by field, as the
 * {@code edit}, {@code tag} and {@code untag} commands apply them, only where something changed.
 */
@WithConversation(knowledgeManagers = "kim")
class EditFormsTests {

    private static final AtomicInteger IDS = new AtomicInteger();

    Conversation chat;

    private long faq() {
        long id = chat.in("sales").from("bob").says("/kb add faq Where is the badge desk? | Floor 5").capturedId();
        chat.dm("kim").says("/kb tag " + id + " badges security");
        return id;
    }

    private Outcome click(String user, long entry, Language language) {
        return chat.submit(new Click(Conversation.channel("general"), Sender.of(user), Action.EDIT, entry, null,
                language, "c" + IDS.incrementAndGet(), Instant.now()));
    }

    private Outcome send(String user, long entry, String title, @Nullable String answer, List<String> tags,
            Language language) {
        return chat.submit(new EditSubmitted(Conversation.channel("general"), Sender.of(user), entry, title, answer,
                tags, language, "v" + IDS.incrementAndGet(), null, Instant.now()));
    }

    private List<String> audit() {
        List<String> lines = new ArrayList<>();
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + chat.dataDir().resolve(SqliteStore.FILE_NAME));
                var rows = db.createStatement().executeQuery("SELECT action, target, detail FROM audit_log "
                        + "WHERE action IN ('edit', 'tag', 'untag') ORDER BY id")) {
            while (rows.next()) {
                lines.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        return lines;
    }

    @Nested
    class Opening {

        @Test
        void aManagersClickOnEditGivesTheFormPrefilledAndTheCommandsInWordsBesideIt() {
            long id = faq();

            Outcome clicked = click("kim", id, Language.EN);

            EditForm form = clicked.form();
            assertThat(form).isNotNull();
            assertThat(form.entryId()).isEqualTo(id);
            assertThat(form.kind()).isEqualTo(EntryKind.FAQ);
            assertThat(form.heading()).isEqualTo("Edit #" + id);
            assertThat(form.fields()).extracting(EditForm.Field::id, EditForm.Field::label, EditForm.Field::value)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("question", "Question", "Where is the badge desk?"),
                            org.assertj.core.groups.Tuple.tuple("answer", "Answer", "Floor 5"),
                            org.assertj.core.groups.Tuple.tuple("tags", "Tags", "badges, security"));
            assertThat(clicked.replies().getFirst().text()).startsWith("To edit #" + id + ", send one of:")
                    .contains("Answer now: Floor 5");
        }

        @Test
        void anInsightsFormHasItsTextAndTagsInTheClicksLanguage() {
            long tip = chat.in("sales").from("bob").says("/kb add insight Ctrl+K ouvre la recherche").capturedId();

            EditForm form = click("kim", tip, Language.FR).form();

            assertThat(form.fields()).extracting(EditForm.Field::id, EditForm.Field::label)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("title", "Texte"),
                            org.assertj.core.groups.Tuple.tuple("tags", "Étiquettes"));
            assertThat(form.answer()).isNull();
            assertThat(form.label("submit")).isEqualTo("Enregistrer");
        }

        @Test
        void aMemberIsRefusedInOneLineAndGetsNoForm() {
            long id = faq();

            Outcome refused = click("bob", id, Language.FR);

            assertThat(refused.error()).isEqualTo("Seuls les gestionnaires de connaissances peuvent utiliser « edit ». "
                    + "Demandez à l’un d’eux, ou à un admin, si besoin.");
            assertThat(refused.form()).isNull();
        }

        @Test
        void anArchivedEntryOpensNoForm() {
            long id = faq();
            chat.dm("kim").says("/kb archive " + id);

            Outcome refused = click("kim", id, Language.EN);

            assertThat(refused.error()).isEqualTo("#" + id + " is archived: unarchive it to edit it.");
            assertThat(refused.form()).isNull();
        }
    }

    @Nested
    class Sending {

        @Test
        void appliesOnlyTheFieldsThatChangedWithAnAuditLineEachAndTheIndexFollows() {
            long id = faq();
            int before = audit().size();

            Outcome sent = send("kim", id, "Where is the badge desk?", "Floor 3, room 301",
                    List.of("badges", "onboarding"), Language.EN);

            assertThat(sent.error()).isNull();
            assertThat(chat.entry(id).title()).isEqualTo("Where is the badge desk?");
            assertThat(chat.entry(id).body()).isEqualTo("Floor 3, room 301");
            assertThat(chat.entry(id).tags()).containsExactly("badges", "onboarding");
            assertThat(audit().subList(before, audit().size())).containsExactly(
                    "edit entry:" + id + " answer: Floor 5 -> Floor 3, room 301",
                    "tag entry:" + id + " [badges, security] -> [badges, onboarding, security]",
                    "untag entry:" + id + " [badges, onboarding, security] -> [badges, onboarding]");
            assertThat(sent.replies().getFirst().text()).isEqualTo("Saved #" + id + " (Answer, Tags): #" + id
                    + " FAQ (draft) — Where is the badge desk? → Floor 3, room 301");
            assertThat(chat.dm("alice").says("/kb ask room 301").outcome().replies().getFirst().entries())
                    .extracting(EntryCard::id).contains(id);
        }

        @Test
        void answersWithTheRedrawnCardAndItsButtons() {
            long id = faq();

            Outcome sent = send("kim", id, "Où est le bureau des badges ?", "Étage 5", List.of("badges", "security"),
                    Language.FR);

            EntryCard card = sent.refreshedEntry(id).orElseThrow();
            assertThat(card.title()).isEqualTo("Où est le bureau des badges ?");
            assertThat(card.body()).isEqualTo("Étage 5");
            assertThat(card.buttons()).extracting(Block.Button::action)
                    .containsExactly(Action.VERIFY, Action.EDIT, Action.ARCHIVE);
            assertThat(card.buttons()).extracting(Block.Button::label).containsExactly("Valider", "Modifier", "Archiver");
            assertThat(sent.replies().getFirst().entries()).containsExactly(card);
            assertThat(sent.language()).isEqualTo(Language.FR);
        }

        @Test
        void nothingChangedIsSaidAndNothingIsAudited() {
            long id = faq();
            int before = audit().size();

            Outcome sent = send("kim", id, "  Where is the badge desk?  ", "Floor 5", List.of("security", "badges"),
                    Language.EN);

            assertThat(sent.replies().getFirst().text()).isEqualTo("Nothing changed in #" + id + ".");
            assertThat(audit()).hasSize(before);
        }

        @Test
        void anEmptyRequiredFieldAnArchivedEntryAnUnknownIdOrAMemberChangeNothing() {
            long id = faq();
            long archived = faq();
            chat.dm("kim").says("/kb archive " + archived);
            int before = audit().size();

            assertThat(send("kim", id, "Where?", " ", List.of(), Language.EN).error())
                    .isEqualTo("This cannot be empty: write the new text.");
            assertThat(send("kim", archived, "Where?", "Floor 1", List.of(), Language.EN).error())
                    .isEqualTo("#" + archived + " is archived: unarchive it to edit it.");
            assertThat(send("kim", 9999, "Where?", "Floor 1", List.of(), Language.FR).error())
                    .isEqualTo("Aucune fiche #9999 visible pour vous.");
            assertThat(send("bob", id, "Where?", "Floor 1", List.of(), Language.EN).error())
                    .startsWith("Only knowledge managers can use “edit”");
            assertThat(chat.entry(id).body()).isEqualTo("Floor 5");
            assertThat(chat.entry(id).tags()).containsExactly("badges", "security");
            assertThat(audit()).hasSize(before);
        }

        @Test
        void aMergedEntryPointsToTheOneItWasMergedInto() {
            long from = faq();
            long into = chat.in("sales").from("bob").says("/kb add faq Where do I get a badge? | Floor 5").capturedId();
            chat.dm("kim").says("/kb merge " + from + " into " + into);

            assertThat(send("kim", from, "Where?", "Floor 1", List.of(), Language.EN).error())
                    .isEqualTo("#" + from + " was merged into #" + into + ": work on #" + into + ".");
        }

        @Test
        void anInsightsTextIsItsTitleAndItHasNoAnswer() {
            long tip = chat.in("sales").from("bob").says("/kb add insight Ctrl+K opens the search").capturedId();

            send("kim", tip, "Ctrl+K opens the search everywhere", null, List.of(), Language.EN);

            assertThat(chat.entry(tip).title()).isEqualTo("Ctrl+K opens the search everywhere");
            assertThat(chat.entry(tip).body()).isNull();
            assertThat(audit()).containsExactly("edit entry:" + tip
                    + " title: Ctrl+K opens the search -> Ctrl+K opens the search everywhere");
        }

        @Test
        void theSameSubmissionDeliveredTwiceIsAppliedOnce() {
            long id = faq();
            EditSubmitted once = new EditSubmitted(Conversation.channel("general"), Sender.of("kim"), id,
                    "Where is the badge desk?", "Floor 4", List.of("badges", "security"), Language.EN, "V42", null,
                    Instant.now());

            chat.submit(once);
            Outcome again = chat.submit(once);

            assertThat(again.isNothing()).isTrue();
            assertThat(audit().stream().filter(line -> line.startsWith("edit "))).hasSize(1);
        }
    }

    @Test
    void theDraftStaysADraft() {
        long id = faq();

        send("kim", id, "Where is the badge office?", "Floor 5", List.of("badges", "security"), Language.EN);

        assertThat(chat.entry(id).status()).isEqualTo(EntryStatus.DRAFT);
    }
}
