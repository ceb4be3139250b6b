package dev.passerelle.core.curation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Conversation;
import dev.passerelle.core.Conversation.Said;
import dev.passerelle.core.WithConversation;
import dev.passerelle.core.conversation.Action;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.Click;
import dev.passerelle.core.conversation.Notice;
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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The gaps loop through the /kb language: list, show, answer, link and route, and every asker told. */
@WithConversation(knowledgeManagers = "kim")
class GapCommandsTests {

    Conversation chat;

    long gapOf(Said asked) {
        return asked.outcome().captured().stream().filter(c -> c.kind() == EntryKind.QUESTION).findFirst()
                .orElseThrow().id();
    }

    long askedThreeTimes() {
        long gap = gapOf(chat.in("sales").from("alice").toBot().says("How do I reset my VPN password?"));
        chat.in("sales").from("hugo").toBot().says("how can I reset the VPN password");
        chat.in("sales").from("lea").toBot().says("Comment réinitialiser mon mot de passe VPN ?");
        return gap;
    }

    static Notice noticeTo(Outcome outcome, String user) {
        return outcome.notices().stream().filter(n -> user.equals(n.to().user())).findFirst().orElseThrow();
    }

    List<String> audit() throws SQLException {
        List<String> lines = new ArrayList<>();
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + chat.dataDir().resolve(SqliteStore.FILE_NAME));
                var rows = db.createStatement().executeQuery("SELECT action, target, detail FROM audit_log ORDER BY id")) {
            while (rows.next()) {
                lines.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
            }
        }
        return lines;
    }

    @Nested
    class AskedInADirectMessage {

        @Test
        void aKnowledgeManagerSeesTheQuestionAndAnswersItForEveryoneWhileOtherMembersDoNot() {
            long gap = gapOf(chat.dm("emma").says("How do I get a visitor badge for a customer?"));

            assertThat(chat.dm("kim").says("/kb gaps").text()).contains("#" + gap + " “How do I get a visitor badge");
            assertThat(chat.dm("hugo").says("/kb gaps").text()).doesNotContain("visitor badge");

            Outcome answered = chat.dm("kim").says("/kb answer " + gap + " Ask reception one day ahead").outcome();

            long faq = answered.captured().stream().filter(c -> c.kind() == EntryKind.FAQ).findFirst().orElseThrow()
                    .id();
            assertThat(chat.entry(faq).restricted()).isFalse();
            assertThat(noticeTo(answered, "emma").reply().text()).contains("Ask reception one day ahead");
            assertThat(chat.dm("hugo").says("how do I get a visitor badge for a customer").text())
                    .contains("Ask reception one day ahead");
        }
    }

    @Nested
    class Listing {

        @Test
        void rewordedAsksFoldIntoOneGapThatCountsItsAskers() {
            long gap = askedThreeTimes();
            long other = gapOf(chat.in("sales").from("emma").toBot().says("Where is the 2023 price grid?"));

            String list = chat.in("sales").from("kim").says("/kb gaps").text();

            assertThat(other).isNotEqualTo(gap);
            assertThat(list).startsWith("Open gaps: 2 questions to answer (2 gaps noted) — page 1 of 1")
                    .contains("• #" + gap + " “How do I reset my VPN password?” — 3 askers")
                    .contains("• #" + other + " “Where is the 2023 price grid?” — 1 asker");
            assertThat(list.indexOf("#" + gap)).isLessThan(list.indexOf("#" + other));
        }

        @Test
        void namesWhoMayKnowLeavingHiddenProfilesOut() {
            chat.dm("bob").says("/kb skills add price grid, pricing");
            chat.dm("carl").says("/kb skills add price grid, pricing");
            chat.dm("carl").says("/kb me hide all");
            chat.in("sales").from("alice").toBot().says("Where is the 2024 price grid?");

            String list = chat.in("sales").from("kim").says("/kb gaps").text();

            assertThat(list).contains("may know: bob").doesNotContain("carl");
        }

        @Test
        void membersSeeOnlyWhatTheyMaySeeAndManagersGetButtons() {
            long open = gapOf(chat.in("sales").from("alice").toBot().says("Where is the 2024 price grid?"));
            chat.inPrivate("board").from("ben").toBot().says("When is the merger announced?");

            Outcome member = chat.in("sales").from("hugo").says("/kb lacunes").outcome();
            Outcome manager = chat.in("sales").from("kim").says("/kb gaps").outcome();

            assertThat(member.replies().getFirst().text()).startsWith("Lacunes ouvertes : 1 question")
                    .doesNotContain("merger").contains("1 autre lacune ouverte a été posée là où vous ne pouvez pas");
            assertThat(member.replies().getFirst().entries()).singleElement()
                    .satisfies(card -> assertThat(card.buttons()).isEmpty());
            assertThat(manager.replies().getFirst().entries()).singleElement().satisfies(card -> assertThat(
                    card.buttons()).extracting(Block.Button::action).containsExactly(Action.ANSWER_GAP, Action.ROUTE_GAP))
                    .extracting(card -> card.id()).isEqualTo(open);
        }

        @Test
        void pagesAndTeamsNarrowTheList() {
            chat.in("sales").from(new Sender("fin1", "Fanny", null, "Finance")).toBot().says("Who signs the expense reports?");
            List<String> topics = List.of("parking badge", "holiday calendar", "printer driver", "canteen menu",
                    "fire drill schedule", "laptop warranty");
            for (int i = 0; i < topics.size(); i++) {
                chat.in("sales").from("u" + i).toBot().says("Where can I find the " + topics.get(i) + "?");
            }

            assertThat(chat.in("sales").from("kim").says("/kb gaps").text()).contains("page 1 of 2", "More: /kb gaps page 2");
            assertThat(chat.in("sales").from("kim").says("/kb gaps page 2").text()).contains("page 2 of 2");
            assertThat(chat.in("sales").from("kim").says("/kb gaps page 9").text())
                    .isEqualTo("There is no page 9: the gaps fill 2 pages.");
            assertThat(chat.in("sales").from("kim").says("/kb gaps finance").text())
                    .contains("1 question to answer", "expense reports").doesNotContain("parking badge");
            assertThat(chat.in("sales").from("kim").says("/kb gaps Legal").text()).isEqualTo("No open gaps asked by team Legal.");
        }
    }

    @Nested
    class Answering {

        @Test
        void answerMakesAVerifiedFaqAndEveryAskerIsToldInTheirLanguageWithHelpful() throws SQLException {
            long gap = askedThreeTimes();

            Outcome answered = chat.in("sales").from("kim")
                    .says("/kb answer " + gap + " Open vpn.example.com and click Forgot password").outcome();

            long faq = answered.captured().getFirst().id();
            assertThat(chat.entry(faq)).satisfies(e -> {
                assertThat(e.kind()).isEqualTo(EntryKind.FAQ);
                assertThat(e.status()).isEqualTo(EntryStatus.VERIFIED);
                assertThat(e.title()).isEqualTo("How do I reset my VPN password?");
            });
            assertThat(answered.replies().getFirst().text()).isEqualTo("Gap #" + gap + " is answered by FAQ #" + faq
                    + " (verified); the 3 askers are told.");
            assertThat(answered.notices()).extracting(n -> n.to().user()).containsExactly("alice", "hugo", "lea");
            Notice alice = noticeTo(answered, "alice");
            assertThat(alice.reply().text()).isEqualTo("Your question #" + gap
                    + " “How do I reset my VPN password?” now has an answer (#" + faq + "):\nOpen vpn.example.com and click Forgot password");
            assertThat(alice.reply().entries()).singleElement().satisfies(card -> assertThat(card.buttons())
                    .extracting(Block.Button::action, Block.Button::entryId).containsExactly(
                            org.assertj.core.groups.Tuple.tuple(Action.HELPFUL, faq)));
            assertThat(noticeTo(answered, "lea").language()).isEqualTo(Language.FR);
            assertThat(noticeTo(answered, "lea").reply().text()).startsWith("Votre question #" + gap);
            assertThat(chat.entry(gap).status()).isEqualTo(EntryStatus.ANSWERED);
            assertThat(audit()).contains("gap.answer gap:" + gap + " open -> answered by #" + faq);
        }

        @Test
        void eachAskerIsToldOfTheQuestionInTheWordsTheyAskedIt() {
            long gap = askedThreeTimes();

            Outcome answered = chat.in("sales").from("kim").says("/kb answer " + gap + " Use vpn.example.com").outcome();

            long faq = answered.captured().getFirst().id();
            assertThat(noticeTo(answered, "alice").reply().text()).isEqualTo("Your question #" + gap
                    + " “How do I reset my VPN password?” now has an answer (#" + faq + "):\nUse vpn.example.com");
            assertThat(noticeTo(answered, "hugo").reply().text()).isEqualTo("Your question #" + gap
                    + " “how can I reset the VPN password” now has an answer (#" + faq + "):\nUse vpn.example.com");
            assertThat(noticeTo(answered, "lea").reply().text()).isEqualTo("Votre question #" + gap
                    + " « Comment réinitialiser mon mot de passe VPN ? » a maintenant une réponse (#" + faq
                    + ") :\nUse vpn.example.com");
        }

        @Test
        void aLinkAndARoutedReplyQuoteEachAskerTheirOwnWordsToo() {
            long linked = askedThreeTimes();
            long faq = chat.in("sales").from("kim").says("/kb add faq VPN password | vpn.example.com").capturedId();
            Outcome link = chat.in("sales").from("kim").says("/kb link " + linked + " " + faq).outcome();
            long routed = gapOf(chat.in("sales").from("alice").toBot().says("Where is the 2024 price grid?"));
            chat.in("sales").from("hugo").toBot().says("where is the price grid for 2024 ?");
            chat.dm("bob").says("hi");
            chat.in("sales").from("kim").says("/kb route " + routed + " @bob");

            Outcome replied = chat.dm("bob").says("In the Sales drive, folder Pricing").outcome();

            assertThat(noticeTo(link, "hugo").reply().text()).contains("“how can I reset the VPN password”");
            assertThat(noticeTo(link, "lea").reply().text()).contains("« Comment réinitialiser mon mot de passe VPN ? »");
            assertThat(noticeTo(replied, "alice").reply().text()).contains("“Where is the 2024 price grid?”");
            assertThat(noticeTo(replied, "hugo").reply().text()).contains("“where is the price grid for 2024 ?”");
        }

        @Test
        void aClosedGapIsNeverListedAgainAndShowPointsToItsAnswer() {
            long gap = askedThreeTimes();
            assertThat(chat.in("sales").from("kim").says("/kb show " + gap).text())
                    .startsWith("Gap #" + gap + " “How do I reset my VPN password?” — 3 askers");
            long faq = chat.in("sales").from("kim").says("/kb answer " + gap + " Use vpn.example.com").capturedId();

            assertThat(chat.in("sales").from("kim").says("/kb gaps").text()).isEqualTo("No open gaps: every question asked has an answer.");
            Outcome shown = chat.in("sales").from("alice").says("/kb show " + gap).outcome();
            assertThat(shown.replies().getFirst().text()).isEqualTo("Gap #" + gap
                    + " “How do I reset my VPN password?” is answered by #" + faq + ":");
            assertThat(shown.replies().getFirst().entries()).extracting(card -> card.id()).containsExactly(faq);
            assertThat(chat.in("sales").from("kim").says("/kb answer " + gap + " again").text())
                    .isEqualTo("Gap #" + gap + " is already answered, by #" + faq + ": /kb show " + gap);
            long next = gapOf(chat.in("sales").from("zoe").toBot().says("Where is the cafeteria menu?"));
            assertThat(next).isGreaterThan(faq);
        }

        @Test
        void linkClosesTheGapWithAnExistingEntryThatLearnsItsWording() throws SQLException {
            long gap = gapOf(chat.in("sales").from("alice").toBot().says("Who approves travel budgets over 5000 euros?"));
            long faq = chat.in("sales").from("kim").says("/kb add faq Travel approvals | Your director signs off").capturedId();

            Outcome linked = chat.in("sales").from("kim").says("/kb lier " + gap + " à " + faq).outcome();

            assertThat(linked.replies().getFirst().text()).startsWith("La lacune #" + gap + " a sa réponse, #" + faq);
            assertThat(chat.passerelle().store().entries().alternates(faq)).extracting(a -> a.text())
                    .containsExactly("Who approves travel budgets over 5000 euros?");
            assertThat(noticeTo(linked, "alice").reply().text()).contains("Your director signs off");
            assertThat(audit()).contains("gap.link gap:" + gap + " open -> answered by #" + faq);
        }

        @Test
        void anAskerWhoCannotSeeTheAnswersChannelIsToldWithoutItsText() {
            long gap = gapOf(chat.in("sales").from("alice").toBot().says("Who approves travel budgets over 5000 euros?"));
            chat.inPrivate("board").from("kim").says("hello");
            long secret = chat.inPrivate("board").from("kim").says("/kb add faq Travel approvals | The CFO, secretly")
                    .capturedId();

            Outcome linked = chat.dm("kim").says("/kb link " + gap + " " + secret).outcome();

            assertThat(noticeTo(linked, "alice").reply().text()).isEqualTo("Your question #" + gap
                    + " “Who approves travel budgets over 5000 euros?” was answered, where you cannot see the answer. "
                    + "A knowledge manager can tell you more.");
            assertThat(noticeTo(linked, "alice").reply().entries()).isEmpty();
        }
    }

    @Nested
    class Refusals {

        @Test
        void membersWrongArgumentsAndUnknownIdsGetOneLine() {
            long gap = askedThreeTimes();

            assertThat(chat.in("sales").from("hugo").says("/kb answer " + gap + " guess").text())
                    .isEqualTo("Only knowledge managers can use “answer”. Ask one of them, or an admin, if you need it.");
            assertThat(chat.in("sales").from("hugo").says("/kb route " + gap + " @bob").text())
                    .isEqualTo("Only knowledge managers can use “route”. Ask one of them, or an admin, if you need it.");
            assertThat(chat.in("sales").from("kim").says("/kb answer " + gap).text())
                    .isEqualTo("Usage: /kb answer <gap> <answer>");
            assertThat(chat.in("sales").from("kim").says("/kb lier " + gap).text())
                    .isEqualTo("Utilisation : /kb lier <lacune> <entrée>");
            assertThat(chat.in("sales").from("kim").says("/kb answer 999 x").text())
                    .isEqualTo("No gap #999 that you can see. /kb gaps lists the open ones.");
            assertThat(chat.in("sales").from("kim").says("/kb route " + gap + " @nobody-here").text())
                    .isEqualTo("I don’t know “@nobody-here”. Name them as @name, their user id or their e-mail.");
            long faq = chat.in("sales").from("kim").says("/kb add faq A | B").capturedId();
            assertThat(chat.in("sales").from("kim").says("/kb answer " + faq + " x").text())
                    .isEqualTo("No gap #" + faq + " that you can see. /kb gaps lists the open ones.");
        }

        @Test
        void aBareNumberWhereATeamGoesIsAGapsNumberNotATeam() {
            long gap = askedThreeTimes();

            Outcome french = chat.in("sales").from("kim").says("/kb lacunes " + gap).outcome();
            Outcome english = chat.in("sales").from("hugo").says("/kb gaps #" + gap + " page 2").outcome();

            assertThat(french.error()).isEqualTo("#" + gap + " est un numéro, pas une équipe. Pour voir la lacune #"
                    + gap + " : /kb montre " + gap + " ; pour voir la page " + gap + " : /kb lacunes page " + gap);
            assertThat(english.error()).isEqualTo("#" + gap + " is a number, not a team. To see gap #" + gap
                    + ": /kb show " + gap + "; to see page " + gap + ": /kb gaps page " + gap);
            assertThat(chat.in("sales").from("kim").says("/kb gaps Sales page").outcome().error())
                    .isEqualTo("Usage: /kb gaps [team] [page N]");
        }
    }

    @Nested
    class Routing {

        @Test
        void theExpertsDirectReplyBecomesADraftFaqCreditedToThemAndTheAskersAreTold() throws SQLException {
            chat.dm("bob").says("/kb skills add VPN");
            long gap = askedThreeTimes();

            Outcome routed = chat.in("sales").from("kim").says("/kb route " + gap + " @bob").outcome();
            assertThat(routed.replies().getFirst().text()).isEqualTo("I asked bob about #" + gap
                    + " in a direct message; their reply will become a draft FAQ and the askers will be told.");
            assertThat(noticeTo(routed, "bob").reply().text()).startsWith("kim thinks you may know the answer")
                    .contains("“How do I reset my VPN password?”", "/kb answer " + gap);
            assertThat(chat.in("sales").from("kim").says("/kb show " + gap).text()).contains("waiting for a reply: bob");

            Outcome replied = chat.dm("bob").says("Open vpn.example.com and click Forgot password").outcome();

            long faq = replied.captured().getFirst().id();
            assertThat(chat.entry(faq)).satisfies(e -> {
                assertThat(e.status()).isEqualTo(EntryStatus.DRAFT);
                assertThat(e.body()).isEqualTo("Open vpn.example.com and click Forgot password");
                assertThat(chat.passerelle().store().people().find(e.authorId()).orElseThrow().displayName())
                        .isEqualTo("bob");
            });
            assertThat(replied.replies().getFirst().text()).isEqualTo("Thank you! Your answer to #" + gap
                    + " is now draft FAQ #" + faq + ", credited to you; the 3 askers are told.");
            assertThat(replied.notices()).extracting(n -> n.to().user()).containsExactly("alice", "hugo", "lea", "kim");
            assertThat(noticeTo(replied, "kim").reply().text()).isEqualTo("bob answered #" + gap + ": draft FAQ #" + faq
                    + ", waiting for review.");
            assertThat(chat.in("sales").from("alice").toBot().says("who knows about resetting the VPN password?").text())
                    .contains("bob");
            assertThat(chat.dm("bob").says("Thanks for the help on that").outcome().notices()).isEmpty();
            assertThat(audit()).contains("gap.route gap:" + gap + " -> person:" + chat.entry(faq).authorId(),
                    "gap.route gap:" + gap + " open -> answered by #" + faq);
        }

        @Test
        void aQuestionTheExpertAsksIsAnsweredAsAQuestionNotTakenAsTheirReply() {
            long gap = askedThreeTimes();
            chat.dm("bob").says("hi");
            chat.in("sales").from("kim").says("/kb route " + gap + " @bob");

            Outcome asked = chat.dm("bob").says("Where is the cafeteria menu?").outcome();

            assertThat(asked.captured()).extracting(c -> c.kind()).containsExactly(EntryKind.QUESTION);
            assertThat(chat.entry(gap).status()).isEqualTo(EntryStatus.OPEN);
            Outcome answered = chat.dm("bob").says("/kb answer " + gap + " Use vpn.example.com").outcome();
            assertThat(chat.entry(answered.captured().getFirst().id()).status()).isEqualTo(EntryStatus.DRAFT);
            assertThat(answered.notices()).extracting(n -> n.to().user()).contains("alice", "hugo", "lea", "kim");
        }

        @Test
        void theRouteButtonAsksTheLikeliestExpert() {
            chat.dm("bob").says("/kb skills add VPN password");
            long gap = askedThreeTimes();

            Outcome clicked = chat.submit(new Click(Conversation.channel("sales"), Sender.of("kim"), Action.ROUTE_GAP,
                    gap, null, Language.EN, "c1", Instant.now()));
            Outcome byMember = chat.submit(new Click(Conversation.channel("sales"), Sender.of("hugo"), Action.ROUTE_GAP,
                    gap, null, Language.EN, "c2", Instant.now()));

            assertThat(clicked.notices()).extracting(n -> n.to().user()).containsExactly("bob");
            assertThat(byMember.error()).startsWith("Only knowledge managers");
        }
    }
}
