package dev.passerelle.core.curation;

import static dev.passerelle.core.Conversation.channel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Conversation;
import dev.passerelle.core.Conversation.Said;
import dev.passerelle.core.WithConversation;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Sender;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@WithConversation(knowledgeManagers = "kim", admins = "ada")
class DeskCommandsTests {

    Conversation chat;

    @Nested
    class Stats {

        @Test
        void countsEntriesQuestionsFeedbackContributorsAndTopics() {
            Said faq = chat.in("sales").from(new Sender("bob", "Bob", null, "Sales"))
                    .says("#faq Where are the price lists? #pricing | In the Sales drive");
            chat.in("it").from(new Sender("emma", "Emma", null, "IT")).says("#pain The VPN drops every afternoon #vpn");
            chat.dm("alice").says("/kb ask where are the price lists?");
            chat.dm("alice").says("/kb ask how do I book the rooftop terrace?");
            chat.feedback(channel("sales"), Sender.of("alice"), faq.capturedId(), true, Language.EN, Instant.now());

            String stats = chat.dm("kim").says("/kb stats 7d").text();

            assertThat(stats).startsWith("Passerelle over the last 7 days (7d):")
                    .contains("FAQ 1 (draft 1)", "Pain point 1 (draft 1)", "Question 1 (open 1)")
                    .contains("• New entries in the period: 2")
                    .contains("• Questions: 2 — answered confidently 1, with suggestions 0, unanswered 1 (answer rate 50%)")
                    .contains("• Feedback: 1 Helpful, 0 Not helpful")
                    .contains("• Contributors: 2 people from 2 teams")
                    .containsPattern("Top topics: .*pricing \\(1\\)")
                    .containsPattern("Answer rate by week: week of \\d{4}-\\d\\d-\\d\\d: 50% of 2");
        }

        @Test
        void frenchPeriodWordsAndTheDefaultMonth() {
            assertThat(chat.dm("kim").says("/kb statistiques semaine").text())
                    .startsWith("Passerelle sur les 7 derniers jours (semaine) :");
            assertThat(chat.dm("kim").says("/kb statistiques mois").text()).contains("30 derniers jours");
            assertThat(chat.dm("kim").says("/kb stats").text()).startsWith("Passerelle over the last 30 days (30d):")
                    .contains("Answer rate by week: ");
        }

        @Test
        void topicsOfAPrivateChannelAreNotNamedToSomeoneOutsideIt() {
            chat.inPrivate("board").from("kim").says("#faq When is the merger announced? #merger | In March");
            chat.in("sales").from("bob").says("#faq Where are the price lists? #pricing | In the Sales drive");

            assertThat(chat.dm("ada").says("/kb stats").text()).contains("pricing (1)").doesNotContain("merger");
            assertThat(chat.dm("kim").says("/kb stats").text()).contains("merger (1)", "pricing (1)");
            assertThat(chat.in("sales").from("kim").says("/kb stats").text()).doesNotContain("merger");
        }

        @Test
        void membersAreRefusedAndBadPeriodsGetTheUsage() {
            assertThat(chat.dm("bob").says("/kb stats").outcome().error())
                    .isEqualTo("Only knowledge managers can use “stats”. Ask one of them, or an admin, if you need it.");
            assertThat(chat.dm("kim").says("/kb stats forever").outcome().error())
                    .isEqualTo("Usage: /kb stats [7d|30d|2w|week|month]");
            assertThat(chat.dm("kim").says("/kb stats 900d").outcome().error()).startsWith("Usage: /kb stats");
        }
    }

    @Nested
    class Endorse {

        @Test
        void anEndorsedTopicShowsInWhoKnowsAndOnTheProfileAndIsAudited() {
            chat.dm("julien").says("/kb me");

            assertThat(chat.dm("kim").says("/kb endorse @julien pricing").text())
                    .isEqualTo("Done: julien is endorsed for “pricing”; “who knows” answers will say so.");

            var who = chat.dm("alice").says("/kb who pricing").outcome().replies().getFirst().people();
            assertThat(who).extracting(p -> p.user()).containsExactly("julien");
            assertThat(who.getFirst().reasons()).containsExactly("endorsed by kim for “pricing”");
            assertThat(chat.dm("alice").says("/kb qui connaît le pricing ?").outcome().replies().getFirst().people()
                    .getFirst().reasons()).containsExactly("recommandé·e par kim pour « pricing »");
            assertThat(chat.dm("julien").says("/kb me").text()).contains("Endorsed by a knowledge manager: pricing (by kim)");
            assertThat(chat.dm("kim").says("/kb audit 1").text()).contains("kim — endorse person:", "— - -> pricing");
        }

        @Test
        void unendorseTakesBackTheSkillItAddedButNotADeclaredOne() {
            chat.dm("julien").says("/kb skills add CRM");
            chat.dm("kim").says("/kb endorse @julien CRM");
            chat.dm("kim").says("/kb recommande @julien facturation");

            assertThat(chat.dm("kim").says("/kb unendorse @julien facturation").text())
                    .isEqualTo("Done: julien is no longer endorsed for “facturation”.");
            assertThat(chat.dm("kim").says("/kb recommande retire @julien crm").text())
                    .isEqualTo("C’est fait : julien n’est plus recommandé·e pour « CRM ».");
            assertThat(chat.dm("julien").says("/kb skills").text()).contains("CRM").doesNotContain("facturation");
            assertThat(chat.dm("kim").says("/kb unendorse @julien CRM").outcome().error())
                    .isEqualTo("julien is not endorsed for “CRM”.");
        }

        @Test
        void refusalsUsageAndUnknownPeople() {
            assertThat(chat.dm("bob").says("/kb endorse @julien pricing").outcome().error())
                    .startsWith("Only knowledge managers can use “endorse”.");
            assertThat(chat.dm("kim").says("/kb endorse @julien").outcome().error())
                    .isEqualTo("Usage: /kb endorse @person <topic>");
            assertThat(chat.dm("kim").says("/kb recommande @personne tarifs").outcome().error())
                    .isEqualTo("Je ne connais personne nommé « @personne » ici. Mentionnez la personne (@nom) ou donnez son e-mail.");
        }
    }

    @Nested
    class Capture {

        @Test
        void offKeepsNothingSaidInTheChannelYetAnswersAddressedQuestions() {
            chat.in("sales").from("bob").says("#faq Where are the price lists? | In the Sales drive");

            Said off = chat.in("random").from("kim").says("/kb capture off");

            assertThat(off.outcome().replies().getFirst().ephemeral()).isFalse();
            assertThat(off.text()).startsWith("Capture is off in this channel");
            assertThat(chat.in("random").from("bob").says("#faq Where is the canteen? | Floor 2").outcome().captured())
                    .isEmpty();
            assertThat(chat.in("random").from("bob").says("Has anyone seen the new parking rules?").outcome().captured())
                    .isEmpty();
            assertThat(chat.in("random").from("bob").toBot().says("where are the price lists?").text())
                    .contains("In the Sales drive");
            assertThat(chat.in("random").from("bob").toBot().says("how do I book the rooftop terrace?").outcome()
                    .captured()).isEmpty();
            assertThat(chat.in("random").from("bob").toBot().says("#insight Ctrl+K opens search").text())
                    .startsWith("Capture is off in this channel, so I didn’t keep that.");
            assertThat(chat.dm("kim").says("/kb ask where is the canteen?").text()).doesNotContain("Floor 2");
            assertThat(chat.dm("kim").says("/kb audit 1").text()).contains("capture channel:local:local:random — on -> off");
        }

        @Test
        void aReactionThatWouldKeepAMessageKeepsNothingWhereCaptureIsOff() {
            chat.in("random").from("kim").says("/kb capture off");
            Said tip = chat.in("random").from("bob").says("Ctrl+K opens the search everywhere");

            var outcome = chat.reacted(new dev.passerelle.core.conversation.Reaction(channel("random"),
                    Sender.of("alice"), dev.passerelle.core.conversation.Reaction.Kind.SAVE_INSIGHT, tip.id(), null,
                    Sender.of("bob"), "Ctrl+K opens the search everywhere", Instant.now()));

            assertThat(outcome.captured()).isEmpty();
            assertThat(outcome.replies()).isEmpty();
        }

        @Test
        void onAgainCapturesAndBothAreSaidInFrenchToo() {
            assertThat(chat.in("random").from("kim").says("/kb collecte off").text())
                    .startsWith("La capture est désactivée dans ce canal");
            assertThat(chat.in("random").from("kim").says("/kb capture off").text())
                    .isEqualTo("Capture is already off in this channel.");
            assertThat(chat.in("random").from("kim").says("/kb capture on").text()).startsWith("Capture is on");
            assertThat(chat.in("random").from("bob").says("#faq Where is the canteen? | Floor 2").outcome().captured())
                    .hasSize(1);
        }

        @Test
        void refusalsUsageAndDirectMessages() {
            assertThat(chat.in("random").from("bob").says("/kb capture off").outcome().error())
                    .startsWith("Only knowledge managers can use “capture”.");
            assertThat(chat.in("random").from("kim").says("/kb capture maybe").outcome().error())
                    .isEqualTo("Usage: /kb capture on|off (in the channel concerned)");
            assertThat(chat.dm("kim").says("/kb capture off").outcome().error())
                    .isEqualTo("Capture is set per channel: say this in the channel concerned.");
        }
    }

    @Nested
    class Audit {

        @Test
        void listsTheLastActionsNewestFirstWithPagingAndFilters() {
            long one = chat.in("sales").from("bob").says("#faq Where are the price lists? | In the Sales drive")
                    .capturedId();
            long two = chat.in("sales").from("bob").says("#faq Who signs NDAs? | Legal does").capturedId();
            chat.dm("kim").says("/kb verify " + one);
            chat.dm("ada").says("/kb verify " + two);
            chat.dm("kim").says("/kb archive " + two);

            String last = chat.dm("kim").says("/kb audit 2").text();
            assertThat(last).startsWith("Audit log, 2 actions (page 1), newest first:")
                    .contains("kim — archive entry:" + two + " — verified -> archived")
                    .contains("ada — verify entry:" + two + " — draft -> verified")
                    .contains("More: /kb audit 2 page 2");
            assertThat(chat.dm("kim").says("/kb audit 2 page 2").text())
                    .contains("kim — verify entry:" + one).doesNotContain("archive");
            assertThat(chat.dm("kim").says("/kb audit @ada").text()).contains("ada — verify").doesNotContain("kim —");
            assertThat(chat.dm("kim").says("/kb journal #" + two).text()).startsWith("Journal, 2 actions")
                    .doesNotContain("entry:" + one + " ");
        }

        @Test
        void refusalsUsageAndUnknownPeople() {
            assertThat(chat.dm("bob").says("/kb audit").outcome().error()).startsWith("Only knowledge managers can use");
            assertThat(chat.dm("kim").says("/kb audit 500").outcome().error())
                    .isEqualTo("Usage: /kb audit [n up to 50] [page N] [@person|#id]");
            assertThat(chat.dm("kim").says("/kb audit @nobody").outcome().error()).startsWith("I don’t know anyone");
            assertThat(chat.dm("kim").says("/kb audit").text()).isEqualTo("Nothing in the audit log matches.");
        }
    }

    @Nested
    class RoleGrants {

        @Test
        void aGrantedManagerCanCurateUntilRevokedAndItIsAudited() {
            long faq = chat.in("sales").from("bob").says("#faq Where are the price lists? | In the Sales drive")
                    .capturedId();
            chat.dm("julien").says("hello");

            assertThat(chat.dm("ada").says("/kb role grant @julien km").text())
                    .isEqualTo("Done: julien is now knowledge manager.");
            assertThat(chat.dm("julien").says("/kb verify " + faq).text()).contains("#" + faq);
            assertThat(chat.dm("julien").says("/kb me").text()).endsWith("role: knowledge manager");
            assertThat(chat.dm("ada").says("/kb droits retire @julien km").text())
                    .isEqualTo("C’est fait : julien n’est plus gestionnaire de connaissances.");
            assertThat(chat.dm("julien").says("/kb archive " + faq).outcome().error()).startsWith("Only knowledge managers");
            assertThat(chat.dm("ada").says("/kb audit 3").text()).contains("ada — role.revoke person:",
                    "— knowledge_manager -> -", "ada — role.grant person:");
        }

        @Test
        void configuredRolesStayAndTheCommandSaysSo() {
            chat.dm("kim").says("hello");
            assertThat(chat.dm("ada").says("/kb role grant @kim km").text())
                    .isEqualTo("kim is already knowledge manager through the configuration (passerelle.roles.*).");
            assertThat(chat.dm("ada").says("/kb role revoke @kim km").outcome().error()).isEqualTo("kim is knowledge "
                    + "manager through the configuration (passerelle.roles.*), which this command cannot revoke: change "
                    + "the configuration.");
            chat.dm("ada").says("/kb role grant @kim admin");
            assertThat(chat.dm("kim").says("/kb me").text()).endsWith("role: admin");
            assertThat(chat.dm("ada").says("/kb role revoke @kim admin").text()).isEqualTo("Done: kim is no longer admin.");
            assertThat(chat.dm("kim").says("/kb me").text()).endsWith("role: knowledge manager");
        }

        @Test
        void onlyAdminsAndOnlyTheRightWords() {
            chat.dm("julien").says("hello");
            assertThat(chat.dm("kim").says("/kb role grant @julien km").outcome().error())
                    .isEqualTo("Only admins can use “role”. Ask one of them if you need it.");
            assertThat(chat.dm("ada").says("/kb role grant @julien boss").outcome().error())
                    .isEqualTo("Usage: /kb role grant|revoke @person km|admin");
            assertThat(chat.dm("ada").says("/kb role grant @nobody km").outcome().error()).startsWith("I don’t know anyone");
            assertThat(chat.dm("ada").says("/kb role revoke @julien km").outcome().error())
                    .isEqualTo("julien was not granted the role knowledge manager.");
        }
    }

    @Nested
    class Forget {

        @Test
        void refusalsUsageUnknownPeopleAndOneself() {
            chat.dm("julien").says("hello");
            assertThat(chat.dm("kim").says("/kb forget @julien").outcome().error())
                    .isEqualTo("Only admins can use “forget”. Ask one of them if you need it.");
            assertThat(chat.dm("ada").says("/kb oublie").outcome().error()).isEqualTo("Utilisation : /kb oublie @personne");
            assertThat(chat.dm("ada").says("/kb forget @nobody").outcome().error()).startsWith("I don’t know anyone");
            assertThat(chat.dm("ada").says("/kb forget @ada").outcome().error())
                    .isEqualTo("You cannot erase yourself: ask another admin.");
        }

        @Test
        void theirEntriesStayUnderAPlaceholderAndOneAuditLineSaysWhatWasDone() {
            long faq = chat.in("sales").from("julien").says("#faq Where are the price lists? | In the Sales drive")
                    .capturedId();

            assertThat(chat.dm("ada").says("/kb forget @julien").text()).startsWith("Done: that person is erased")
                    .contains("the 1 entries they wrote stay");

            assertThat(chat.entry(faq).title()).isEqualTo("Where are the price lists?");
            assertThat(chat.passerelle().store().people().find(chat.entry(faq).authorId()).orElseThrow().displayName())
                    .isEqualTo("Former member");
            assertThat(chat.dm("ada").says("/kb audit 1").text()).contains("ada — forget person:erased — person -> erased")
                    .doesNotContain("julien");
            assertThat(chat.dm("ada").says("/kb forget @julien").outcome().error()).startsWith("I don’t know anyone");
        }
    }
}
