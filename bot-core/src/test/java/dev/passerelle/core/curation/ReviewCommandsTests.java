package dev.passerelle.core.curation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Conversation;
import dev.passerelle.core.Conversation.Said;
import dev.passerelle.core.WithConversation;
import dev.passerelle.core.conversation.Action;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.Click;
import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.conversation.Notice;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.store.sqlite.SqliteStore;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Sender;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@WithConversation(knowledgeManagers = {"kim", "kira"})
class ReviewCommandsTests {

    private static final List<String> TOPICS = List.of("badge", "parking", "invoice", "laptop", "holiday", "canteen",
            "printer", "expenses", "payroll", "travel", "mentoring", "onboarding", "vpn", "crm", "wiki", "backup",
            "phone", "locker", "bicycle", "shuttle", "library", "gym", "mailroom");
    private static final AtomicInteger CLICKS = new AtomicInteger();

    Conversation chat;

    private long faq(String channel, String topic) {
        return chat.in(channel).from("bob").says("/kb add faq Where is the " + topic + " desk? | Floor " + topic.length())
                .capturedId();
    }

    private List<String> audit() {
        List<String> lines = new ArrayList<>();
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + chat.dataDir().resolve(SqliteStore.FILE_NAME));
                var rows = db.createStatement().executeQuery("SELECT action, target, detail FROM audit_log ORDER BY id")) {
            while (rows.next()) {
                lines.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        return lines;
    }

    private Outcome click(String user, Action action, long entryId) {
        return chat.submit(new Click(Conversation.channel("general"), Sender.of(user), action, entryId, null,
                Language.EN, "c" + CLICKS.incrementAndGet(), Instant.now()));
    }

    @Nested
    class Pending {

        @Test
        void listsTheOldestTenWithTheTotalAndPagesAndEachPageHoldsTheNextOnes() {
            List<Long> ids = TOPICS.stream().map(topic -> faq("sales", topic)).toList();

            Said first = chat.dm("kim").says("/kb pending");
            Said third = chat.dm("kim").says("/kb pending page 3");

            assertThat(first.text()).startsWith("Waiting for review: 23 — page 1 of 3")
                    .contains("Next: /kb pending page 2");
            assertThat(first.outcome().replies().getFirst().entries()).extracting(EntryCard::id)
                    .containsExactlyElementsOf(ids.subList(0, 10));
            assertThat(chat.dm("kim").says("/kb pending 2").outcome().replies().getFirst().entries())
                    .extracting(EntryCard::id).containsExactlyElementsOf(ids.subList(10, 20));
            assertThat(third.outcome().replies().getFirst().entries()).extracting(EntryCard::id)
                    .containsExactlyElementsOf(ids.subList(20, 23));
            assertThat(third.text()).doesNotContain("Next:");
            assertThat(chat.dm("kim").says("/kb pending page 4").outcome().error())
                    .isEqualTo("There is no page 4: 23 waiting for review, 3 pages.");
        }

        @Test
        void filtersByKindInBothLanguages() {
            long faq = faq("sales", "badge");
            long tip = chat.in("sales").from("bob").says("/kb add insight Ctrl+K opens the search").capturedId();
            long pain = chat.in("sales").from("bob").says("/kb add pain The badge reader fails on floor 2").capturedId();

            assertThat(chat.dm("kim").says("/kb pending faq").outcome().replies().getFirst().entries())
                    .extracting(EntryCard::id).containsExactly(faq);
            Said astuces = chat.dm("kim").says("/kb attente astuce");
            assertThat(astuces.text()).startsWith("En attente de revue (Astuce) : 1 — page 1 sur 1");
            assertThat(astuces.outcome().replies().getFirst().entries()).extracting(EntryCard::id).containsExactly(tip);
            assertThat(chat.dm("kim").says("/kb pending pain").outcome().replies().getFirst().entries())
                    .extracting(EntryCard::id).containsExactly(pain);
            assertThat(chat.dm("kim").says("/kb pending").text()).startsWith("Waiting for review: 3 — page 1 of 1");
            assertThat(chat.dm("kim").says("/kb pending gizmo").outcome().error())
                    .isEqualTo("Usage: /kb pending [faq|insight|pain] [page N]");
        }

        @Test
        void eachEntryHasVerifyEditAndArchiveBesideIt() {
            long id = faq("sales", "badge");

            EntryCard card = chat.dm("kim").says("/kb pending").outcome().replies().getFirst().entries().getFirst();

            assertThat(card.buttons()).extracting(Block.Button::action)
                    .containsExactly(Action.VERIFY, Action.EDIT, Action.ARCHIVE);
            assertThat(card.buttons()).extracting(Block.Button::entryId).containsOnly(id);
            assertThat(card.buttons()).extracting(Block.Button::label).containsExactly("Verify", "Edit", "Archive");
        }

        @Test
        void aDraftFromAPrivateChannelIsNotListedToAManagerOutsideItNorInAnotherChannel() {
            faq("sales", "badge");
            chat.inPrivate("hr").from("kira").says("Morning all");
            chat.inPrivate("hr").from("nadia").says("/kb add faq When is the salary review? | In November");

            assertThat(chat.in("general").from("kim").says("/kb pending").text())
                    .startsWith("Waiting for review: 1 —").doesNotContain("salary");
            assertThat(chat.dm("kim").says("/kb pending").text()).doesNotContain("salary");
            assertThat(chat.in("general").from("kira").says("/kb pending").text())
                    .startsWith("Waiting for review: 1 —").doesNotContain("salary");
            assertThat(chat.dm("kira").says("/kb pending").text())
                    .startsWith("Waiting for review: 2 —").contains("salary");
        }

        @Test
        void membersAreRefusedInOneLine() {
            assertThat(chat.dm("bob").says("/kb pending faq page 2").outcome().error())
                    .isEqualTo("Only knowledge managers can use “pending”. Ask one of them, or an admin, if you need it.");
        }
    }

    @Nested
    class StatusChanges {

        @Test
        void unverifySendsAVerifiedEntryBackToReviewAndUnarchiveBringsItBack() {
            long id = faq("sales", "badge");
            chat.dm("kim").says("/kb verify " + id);

            assertThat(chat.dm("kim").says("/kb unverify " + id).text())
                    .isEqualTo("#" + id + " is a draft again: it waits for review.");
            assertThat(chat.dm("kim").says("/kb unverify " + id).outcome().error())
                    .isEqualTo("#" + id + " is not verified (it is draft).");
            chat.dm("kim").says("/kb archive " + id);
            assertThat(chat.dm("kim").says("/kb verify " + id).outcome().error())
                    .isEqualTo("#" + id + " is archived: bring it back with /kb unarchive " + id + " first.");
            assertThat(chat.dm("kim").says("/kb desarchive " + id).text())
                    .isEqualTo("#" + id + " est rétablie : elle réapparaît dans les réponses.");
            assertThat(chat.dm("kim").says("/kb unarchive " + id).outcome().error())
                    .isEqualTo("#" + id + " is not archived (it is draft).");
            assertThat(chat.entry(id).status()).isEqualTo(EntryStatus.DRAFT);
            assertThat(audit()).containsExactly("verify entry:" + id + " draft -> verified",
                    "unverify entry:" + id + " verified -> draft", "archive entry:" + id + " draft -> archived",
                    "unarchive entry:" + id + " archived -> draft");
        }

        @Test
        void unknownIdsWrongKindsAndMembersAreRefusedInOneLineAndNothingChanges() {
            long gap = chat.in("general").from("alice").toBot().says("Where do I park my bicycle at the Lyon office?")
                    .capturedId();

            assertThat(chat.dm("kim").says("/kb unverify 999").outcome().error()).isEqualTo("No entry #999 that you can see.");
            assertThat(chat.dm("kim").says("/kb verify " + gap).outcome().error())
                    .isEqualTo("#" + gap + " is a Question: it cannot be verified.");
            assertThat(chat.dm("kim").says("/kb unarchive").outcome().error()).isEqualTo("Usage: /kb unarchive <id>");
            assertThat(chat.dm("bob").says("/kb unarchive " + gap).outcome().error())
                    .startsWith("Only knowledge managers can use “unarchive”");
            assertThat(audit()).isEmpty();
        }
    }

    @Nested
    class Reject {

        @Test
        void archivesTheDraftAndTellsItsAuthorWhyInTheLanguageTheyLastSpokeIn() {
            long id = chat.in("sales").from("bob").says("#faq Where are the price lists? | In the Sales drive").capturedId();
            chat.dm("bob").says("Merci beaucoup, c’est parfait pour moi !");

            Said rejected = chat.dm("kim").says("/kb reject " + id + " duplicate of the price list FAQ");

            assertThat(rejected.text()).isEqualTo("#" + id + " is rejected and archived; its author is told.");
            Notice told = rejected.outcome().notices().getFirst();
            assertThat(told.to().user()).isEqualTo("bob");
            assertThat(told.language()).isEqualTo(Language.FR);
            assertThat(told.reply().text()).isEqualTo("Votre fiche FAQ #" + id + " « Where are the price lists? » n’a pas été"
                    + " retenue par les gestionnaires de connaissances : duplicate of the price list FAQ");
            assertThat(chat.entry(id).status()).isEqualTo(EntryStatus.ARCHIVED);
            assertThat(audit()).containsExactly(
                    "reject entry:" + id + " draft -> archived (duplicate of the price list FAQ)");
            assertThat(chat.dm("kim").says("/kb rejette " + id).outcome().error())
                    .isEqualTo("#" + id + " n’est pas un brouillon (elle est archivée) : /kb archive " + id
                            + " la retire des réponses.");
        }

        @Test
        void withoutAReasonTheAuthorIsStillToldButAManagerRejectingTheirOwnDraftTellsNoOne() {
            long bobs = faq("sales", "badge");
            long kims = chat.in("sales").from("kim").says("/kb add insight Ctrl+K opens the search").capturedId();
            chat.dm("kim").says("/kb unverify " + kims);

            Said rejected = chat.dm("kim").says("/kb reject " + bobs);
            Said own = chat.dm("kim").says("/kb reject " + kims);

            assertThat(rejected.outcome().notices()).singleElement().satisfies(notice -> assertThat(notice.reply().text())
                    .isEqualTo("Your FAQ #" + bobs + " “Where is the badge desk?” was not kept by the knowledge managers."));
            assertThat(own.outcome().notices()).isEmpty();
            assertThat(own.text()).isEqualTo("#" + kims + " is rejected and archived.");
        }
    }

    @Nested
    class Edit {

        @Test
        void rewritesTheQuestionOrTheAnswerAndTheIndexFollows() {
            long id = faq("sales", "badge");

            assertThat(chat.dm("kim").says("/kb edit " + id + " answer Floor 3, room 301").text())
                    .isEqualTo("Edited: #" + id + " FAQ (draft) — Where is the badge desk? → Floor 3, room 301");
            chat.dm("kim").says("/kb modifie " + id + " question Où est le bureau des badges ?");

            assertThat(chat.entry(id).title()).isEqualTo("Où est le bureau des badges ?");
            assertThat(chat.entry(id).body()).isEqualTo("Floor 3, room 301");
            assertThat(chat.dm("alice").says("/kb ask room 301").outcome().replies().getFirst().entries())
                    .extracting(EntryCard::id).contains(id);
            assertThat(audit()).containsExactly("edit entry:" + id + " answer: Floor 5 -> Floor 3, room 301",
                    "edit entry:" + id + " title: Where is the badge desk? -> Où est le bureau des badges ?");
        }

        @Test
        void refusesAnAnswerForAnInsightTheSameTextAndAMalformedCommand() {
            long tip = chat.in("sales").from("bob").says("/kb add insight Ctrl+K opens the search").capturedId();

            assertThat(chat.dm("kim").says("/kb edit " + tip + " answer Ctrl+J").outcome().error())
                    .isEqualTo("#" + tip + " is a Insight: only a FAQ has an answer. Use /kb edit " + tip + " title <text>.");
            assertThat(chat.dm("kim").says("/kb edit " + tip + " title Ctrl+K opens the search").outcome().error())
                    .isEqualTo("#" + tip + " already says that.");
            assertThat(chat.dm("kim").says("/kb edit " + tip + " colour red").outcome().error())
                    .isEqualTo("Usage: /kb edit <id> question|answer|title <text>");
            assertThat(chat.dm("bob").says("/kb edit " + tip + " title Ctrl+J").outcome().error())
                    .startsWith("Only knowledge managers can use “edit”");
            assertThat(audit()).isEmpty();
        }

        @Test
        void theEditButtonGivesTheCommandsPrefilledWithTheCurrentText() {
            long id = faq("sales", "badge");

            Outcome clicked = click("kim", Action.EDIT, id);

            assertThat(clicked.replies().getFirst().text()).isEqualTo("To edit #" + id + ", send one of:\n"
                    + "/kb edit " + id + " question <new question>\n/kb edit " + id + " answer <new answer>\n"
                    + "Question now: Where is the badge desk?\nAnswer now: Floor 5");
            assertThat(click("bob", Action.EDIT, id).error()).startsWith("Only knowledge managers can use “edit”");
        }
    }

    @Nested
    class Tags {

        @Test
        void addsAndRemovesTagsAndSaysWhenNothingChanges() {
            long id = faq("sales", "badge");

            assertThat(chat.dm("kim").says("/kb tag " + id + " #Security, access").text())
                    .isEqualTo("#" + id + " is tagged: #access #security");
            assertThat(chat.dm("kim").says("/kb tag " + id + " security").outcome().error())
                    .isEqualTo("#" + id + " already has #security.");
            assertThat(chat.dm("kim").says("/kb desetiquette " + id + " access").text())
                    .isEqualTo("Tags de #" + id + " : #security");
            assertThat(chat.dm("kim").says("/kb untag " + id + " access").outcome().error())
                    .isEqualTo("#" + id + " has none of #access.");
            assertThat(chat.entry(id).tags()).containsExactly("security");
            assertThat(audit()).containsExactly("tag entry:" + id + " [] -> [access, security]",
                    "untag entry:" + id + " [access, security] -> [security]");
        }
    }

    @Nested
    class Buttons {

        @Test
        void verifyArchiveUnverifyAndUnarchiveClicksGoThroughTheRoleCheckAndTheAudit() {
            long id = faq("sales", "badge");

            assertThat(click("bob", Action.VERIFY, id).error()).startsWith("Only knowledge managers");
            assertThat(click("kim", Action.VERIFY, id).replies().getFirst().text()).isEqualTo("#" + id + " is now verified.");
            click("kim", Action.UNVERIFY, id);
            click("kim", Action.ARCHIVE, id);
            click("kim", Action.UNARCHIVE, id);

            assertThat(chat.entry(id).status()).isEqualTo(EntryStatus.DRAFT);
            assertThat(audit()).extracting(line -> line.split(" ")[0])
                    .containsExactly("verify", "unverify", "archive", "unarchive");
        }
    }

    @Nested
    class Merge {

        @Test
        void votesTagsQuestionsFeedbackAndAsksMoveAndTheOldIdPointsToTheNewOne() {
            long target = chat.in("it").from("bob").says("/kb add pain The VPN drops every hour").capturedId();
            long duplicate = chat.in("it").from("carol").says("/kb add pain Wifi disconnects in meeting rooms #network")
                    .capturedId();
            chat.in("it").from("dave").says("/kb add pain Wifi disconnects in meeting rooms");
            chat.in("it").from("bob").says("/kb add pain Wifi disconnects in meeting rooms");
            assertThat(chat.entry(target).votes()).isEqualTo(1);
            assertThat(chat.entry(duplicate).votes()).isEqualTo(3);

            Said merged = chat.dm("kim").says("/kb merge " + duplicate + " into " + target);

            assertThat(merged.text()).startsWith("#" + duplicate + " is merged into #" + target + ":")
                    .endsWith("#" + duplicate + " now points to #" + target + ".");
            assertThat(chat.entry(target).votes()).as("bob backed both: counted once").isEqualTo(3);
            assertThat(chat.entry(target).tags()).contains("network");
            assertThat(chat.passerelle().store().entries().alternates(target))
                    .extracting(a -> a.text()).contains("Wifi disconnects in meeting rooms #network");
            assertThat(chat.entry(duplicate).status()).isEqualTo(EntryStatus.ARCHIVED);
            Said shown = chat.dm("alice").says("/kb show " + duplicate);
            assertThat(shown.text()).startsWith("#" + duplicate + " was merged into #" + target + ":")
                    .contains("The VPN drops every hour");
            assertThat(shown.outcome().replies().getFirst().entries()).extracting(EntryCard::id).containsExactly(target);
            assertThat(chat.dm("kim").says("/kb pending").outcome().replies().getFirst().entries())
                    .extracting(EntryCard::id).doesNotContain(duplicate);
            assertThat(chat.dm("kim").says("/kb verify " + duplicate).outcome().error())
                    .isEqualTo("#" + duplicate + " was merged into #" + target + ": work on #" + target + ".");
            assertThat(audit()).singleElement().asString().startsWith("merge entry:" + duplicate + " draft -> merged into #"
                    + target + " (votes ");
        }

        @Test
        void theGapsAsksAndItsWordsMoveToTheAnswer() {
            long gap = chat.in("general").from("alice").toBot().says("Where is the watering can for the ficus at the Lyon reception?")
                    .capturedId();
            chat.in("general").from("carol").toBot().says("Where is the watering can for the ficus at the Lyon reception?");
            long answer = chat.in("sales").from("bob").says("/kb add faq Where are the gardening tools? | Facilities cupboard")
                    .capturedId();
            int votesBefore = chat.entry(answer).votes();
            assertThat(chat.passerelle().store().entries().asks(gap)).hasSize(1);

            chat.dm("kim").says("/kb fusionne " + gap + " dans " + answer);

            assertThat(chat.passerelle().store().entries().alternates(answer)).extracting(a -> a.text())
                    .containsExactly("Where is the watering can for the ficus at the Lyon reception?");
            assertThat(chat.passerelle().store().entries().asks(answer)).extracting(ask -> ask.entryId())
                    .containsExactly(answer);
            assertThat(chat.entry(answer).votes()).isEqualTo(votesBefore + 2);
            assertThat(chat.dm("erin").says("/kb ask where is the watering can for the ficus at the Lyon reception")
                    .outcome().replies().getFirst().entries()).extracting(EntryCard::id).first().isEqualTo(answer);
        }

        @Test
        void intoItselfIntoAnArchivedEntryAcrossKindsOrAnUnknownIdIsRefusedAndNothingChanges() {
            long faq = faq("sales", "badge");
            long other = faq("sales", "parking");
            long archived = faq("sales", "locker");
            long tip = chat.in("sales").from("bob").says("/kb add insight Ctrl+K opens the search").capturedId();
            chat.dm("kim").says("/kb archive " + archived);
            int audited = audit().size();

            assertThat(chat.dm("kim").says("/kb merge " + faq + " into " + faq).outcome().error())
                    .isEqualTo("#" + faq + " cannot be merged into itself.");
            assertThat(chat.dm("kim").says("/kb merge " + faq + " into " + archived).outcome().error())
                    .isEqualTo("#" + archived + " is archived: merge into an entry in use, or bring it back with"
                            + " /kb unarchive " + archived + " first.");
            assertThat(chat.dm("kim").says("/kb merge " + tip + " into " + faq).outcome().error())
                    .isEqualTo("#" + tip + " is a Insight and #" + faq + " a FAQ: only entries of one kind merge (or a"
                            + " question into its answer).");
            assertThat(chat.dm("kim").says("/kb merge " + faq + " into 999").outcome().error())
                    .isEqualTo("No entry #999 that you can see.");
            assertThat(chat.dm("kim").says("/kb merge " + faq).outcome().error())
                    .isEqualTo("Usage: /kb merge <id> into <id>");
            assertThat(chat.dm("bob").says("/kb merge " + faq + " into " + other).outcome().error())
                    .startsWith("Only knowledge managers can use “merge”");

            assertThat(audit()).hasSize(audited);
            assertThat(List.of(faq, other, tip)).allSatisfy(id -> assertThat(chat.entry(id).status())
                    .isEqualTo(EntryStatus.DRAFT));
            assertThat(chat.passerelle().store().review().mergedInto(faq)).isEmpty();
        }

        @Test
        void deletingTheMessageOfAMergedEntryOrOfItsTargetStillRemovesThem() {
            Said target = chat.in("sales").from("bob").says("#faq Where is the badge desk? | Floor 5");
            Said duplicate = chat.in("sales").from("carol").says("#faq Where do I get a badge? | Floor 5");
            chat.dm("kim").says("/kb merge " + duplicate.capturedId() + " into " + target.capturedId());

            chat.deleted(Conversation.channel("sales"), duplicate.id(), Instant.now());
            chat.deleted(Conversation.channel("sales"), target.id(), Instant.now());

            assertThat(chat.passerelle().store().entries().find(duplicate.capturedId())).isEmpty();
            assertThat(chat.passerelle().store().entries().find(target.capturedId())).isEmpty();
            assertThat(chat.passerelle().store().review().mergedInto(duplicate.capturedId())).isEmpty();
        }

        @Test
        void aPrivateDuplicatesWordsStayInItsChannel() {
            long target = faq("sales", "badge");
            long secret = chat.inPrivate("hr").from("kira").says("/kb add faq Where do I pick up my new badge? | HR desk")
                    .capturedId();

            chat.dm("kira").says("/kb merge " + secret + " into " + target);

            assertThat(chat.passerelle().store().entries().alternates(target)).isEmpty();
            assertThat(chat.dm("bob").says("/kb show " + secret).outcome().error())
                    .isEqualTo("No entry #" + secret + " that you can see.");
            assertThat(chat.dm("kira").says("/kb show " + secret).text())
                    .startsWith("#" + secret + " was merged into #" + target + ":");
        }
    }
}
