package dev.passerelle.core.curation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Conversation;
import dev.passerelle.core.Conversation.Said;
import dev.passerelle.core.WithConversation;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.store.sqlite.SqliteStore;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@WithConversation(knowledgeManagers = {"kim", "km@example.com"}, admins = "ada")
class CommandsTests {

    Conversation chat;

    @Nested
    class Everyone {

        @Test
        void helpListsMemberCommandsInTheLanguageOfTheCommandWord() {
            assertThat(chat.dm("bob").says("/kb help").text()).startsWith("Passerelle — what I can do for you:")
                    .contains("/kb who <topic>").doesNotContain("/kb verify");
            assertThat(chat.dm("bob").says("/kb aide").text()).startsWith("Passerelle — ce que je peux faire pour vous")
                    .contains("/kb qui <sujet>");
            assertThat(chat.dm("bob").says("/kb").text()).contains("/kb ask <question>");
        }

        @Test
        void helpInTeamsShowsCommandsAsTeamsUsersTypeThem() {
            var in = new dev.passerelle.core.conversation.Message(dev.passerelle.core.vocabulary.Platform.TEAMS,
                    "tenant", "a:1", dev.passerelle.core.vocabulary.ChannelType.DIRECT,
                    dev.passerelle.core.vocabulary.Sender.of("29:bob"), "help", null, "t1", java.time.Instant.now(),
                    true);

            String help = chat.submit(in).replies().getFirst().text();

            assertThat(help).contains("@Passerelle who <topic>").doesNotContain("/kb ");
        }

        @Test
        void managersAlsoSeeCurationCommands() {
            assertThat(chat.dm("kim").says("/kb help").text()).contains("/kb pending", "/kb verify <id>");
            assertThat(chat.dm("ada").says("/kb help").text()).contains("/kb verify <id>");
        }

        @Test
        void addCommandsCaptureEachKindInBothLanguages() {
            Said faq = chat.in("sales").from("bob").says("/kb add faq Where are the price lists? | In the Sales drive");
            Said astuce = chat.dm("bob").says("/kb ajoute astuce Ctrl+K ouvre la recherche dans Teams");
            Said irritant = chat.dm("bob").says("/kb ajoute irritant Le badge ne marche pas au 2e étage");

            assertThat(faq.outcome().captured().getFirst().kind()).isEqualTo(EntryKind.FAQ);
            assertThat(astuce.outcome().captured().getFirst().kind()).isEqualTo(EntryKind.INSIGHT);
            assertThat(irritant.outcome().captured().getFirst().kind()).isEqualTo(EntryKind.PAIN_POINT);
            assertThat(astuce.text()).startsWith("Astuce #");
        }

        @Test
        void askAndWhoCommandsAnswerLikeNaturalQuestions() {
            chat.in("sales").from("bob").says("/kb add faq Where are the price lists? | In the Sales drive");
            chat.dm("julien").says("/kb skills add pricing");

            assertThat(chat.dm("alice").says("/kb ask price lists").text()).contains("In the Sales drive");
            // Writing the FAQ on price lists says more than declaring the skill.
            assertThat(chat.dm("alice").says("/kb who pricing").outcome().replies().getFirst().people())
                    .extracting(p -> p.user()).containsExactly("bob", "julien");
            assertThat(chat.dm("alice").says("/kb qui connaît le pricing ?").text()).contains("« pricing »");
        }

        @Test
        void skillsTeamAndMeManageTheCallersProfile() {
            assertThat(chat.dm("bob").says("/kb skills").text()).startsWith("You have not declared any skills yet");
            assertThat(chat.dm("bob").says("/kb skills add CRM, Facturation ; SQL").text())
                    .startsWith("Added: CRM, Facturation, SQL.");
            assertThat(chat.dm("bob").says("/kb compétences ajoute crm").text()).startsWith("Rien n’a changé : crm.");
            assertThat(chat.dm("bob").says("/kb skills remove sql").text()).startsWith("Removed: sql.")
                    .contains("CRM, Facturation");
            assertThat(chat.dm("bob").says("/kb équipe Finance").text()).isEqualTo("Votre équipe est désormais Finance.");
            assertThat(chat.dm("bob").says("/kb me").text())
                    .isEqualTo("bob — team: Finance — skills: CRM, Facturation — role: member");
        }

        @Test
        void painpointsAreListedByVotes() {
            Said vpn = chat.in("it").from("sarah").says("#pain The VPN drops every afternoon");
            chat.in("it").from("oliver").says("#pain the VPN drops every single afternoon");
            Said printer = chat.in("it").from("emma").says("#pain The printer jams daily");

            String list = chat.dm("bob").says("/kb painpoints").text();

            assertThat(list.indexOf("#" + vpn.capturedId() + " — 2 votes"))
                    .isLessThan(list.indexOf("#" + printer.capturedId() + " — 1 vote")).isPositive();
        }

        @Test
        void knowledgeAddedInADirectMessageStaysPrivateToItsAuthor() {
            Said faq = chat.dm("bob").says("/kb add faq Where is my payslip? | In the HR portal, My documents");

            assertThat(chat.dm("alice").says("/kb show " + faq.capturedId()).outcome().error()).startsWith("No entry");
            assertThat(chat.dm("bob").says("/kb show " + faq.capturedId()).text()).contains("HR portal");
        }

        @Test
        void showDisplaysOneEntry() {
            Said faq = chat.in("sales").from("bob").says("/kb add faq Where are the price lists? | In the Sales drive");

            assertThat(chat.dm("alice").says("/kb show #" + faq.capturedId()).text())
                    .isEqualTo("#" + faq.capturedId() + " FAQ (draft) — Where are the price lists? → In the Sales drive");
        }
    }

    @Nested
    class BadInput {

        @Test
        void unknownCommandSaysSoWithTheWayToHelp() {
            assertThat(chat.dm("bob").says("/kb frobnicate now").outcome().error())
                    .isEqualTo("Unknown command “frobnicate”. Type /kb help to see what you can do.");
        }

        @Test
        void wrongUsageGivesTheRightUsageInTheUsersLanguage() {
            assertThat(chat.dm("bob").says("/kb ask").outcome().error()).isEqualTo("Usage: /kb ask <question>");
            assertThat(chat.dm("bob").says("/kb ajoute recette tarte").outcome().error()).startsWith(
                    "Utilisation : /kb ajoute faq <question> | <réponse>");
            assertThat(chat.dm("bob").says("/kb skills juggle").outcome().error()).startsWith("Usage: /kb skills");
            assertThat(chat.dm("bob").says("/kb show abc").outcome().error())
                    .isEqualTo("“abc” is not an entry number: use the number shown as #12.");
            assertThat(chat.dm("bob").says("/kb add faq Where is it?").outcome().error())
                    .isEqualTo("To save a FAQ, give the question and its answer: #faq <question> | <answer>");
        }

        @Test
        void aBareCommandWordInASentenceIsNotACommand() {
            Outcome outcome = chat.dm("bob").says("team meeting at 3pm, anyone know the room?").outcome();

            assertThat(outcome.error()).isNull();
            assertThat(chat.passerelle().store().people().lookup(dev.passerelle.core.vocabulary.Platform.LOCAL, "bob")
                    .orElseThrow().team()).isNull();
        }
    }

    @Nested
    class Curation {

        @Test
        void aMemberCannotCurateAndIsToldWhoCan() {
            Said faq = chat.in("sales").from("bob").says("/kb add faq Where are the price lists? | In the Sales drive");

            for (String command : new String[] {"/kb verify " + faq.capturedId(), "/kb archive " + faq.capturedId(),
                    "/kb pending"}) {
                assertThat(chat.dm("bob").says(command).outcome().error())
                        .startsWith("Only knowledge managers can use");
            }
            assertThat(chat.dm("bob").says("/kb valide " + faq.capturedId()).outcome().error())
                    .startsWith("Seuls les gestionnaires de connaissances peuvent utiliser « valide »");
            assertThat(chat.passerelle().store().entries().find(faq.capturedId()).orElseThrow().status())
                    .isEqualTo(EntryStatus.DRAFT);
        }

        @Test
        void aKnowledgeManagerVerifiesAndArchivesAndEachActionIsAudited() throws SQLException {
            Said faq = chat.in("sales").from("bob").says("#faq Where are the price lists? | In the Sales drive");
            long id = faq.capturedId();

            assertThat(chat.dm("kim").says("/kb pending").text()).contains("#" + id);
            Said verified = chat.dm("kim").says("/kb verify " + id);
            assertThat(verified.text()).isEqualTo("#" + id + " is now verified.");
            assertThat(verified.outcome().captured().getFirst().status()).isEqualTo(EntryStatus.VERIFIED);
            assertThat(chat.dm("kim").says("/kb verify " + id).text()).isEqualTo("#" + id + " is already verified.");
            assertThat(chat.dm("kim").says("/kb archive " + id).text()).startsWith("#" + id + " is archived");
            assertThat(chat.dm("alice").says("where are the price lists?").outcome().replies().getFirst().entries())
                    .isEmpty();

            try (var db = DriverManager.getConnection("jdbc:sqlite:" + chat.dataDir().resolve(SqliteStore.FILE_NAME));
                    ResultSet rows = db.createStatement().executeQuery(
                            "SELECT action, target, detail FROM audit_log ORDER BY id")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString("action") + " " + rows.getString("target") + " " + rows.getString("detail"))
                        .isEqualTo("verify entry:" + id + " draft -> verified");
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString("action")).isEqualTo("archive");
                assertThat(rows.next()).isFalse();
            }
        }

        @Test
        void aKnowledgeManagerCanBeNamedByEmail() {
            Said faq = chat.in("sales").from("bob").says("/kb add faq Where are the price lists? | In the Sales drive");
            Said verified = chat.dm("kate").says("/kb verify " + faq.capturedId());

            assertThat(verified.outcome().error()).startsWith("Only knowledge managers");
            Said byEmail = chat.in("general").from(new dev.passerelle.core.vocabulary.Sender("kate2", "Kate",
                    "KM@example.com", null)).toBot().says("/kb verify " + faq.capturedId());
            assertThat(byEmail.outcome().error()).isNull();
        }
    }
}
