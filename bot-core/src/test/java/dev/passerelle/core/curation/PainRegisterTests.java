package dev.passerelle.core.curation;

import static dev.passerelle.core.Conversation.channel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Conversation;
import dev.passerelle.core.Conversation.Said;
import dev.passerelle.core.conversation.Action;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.Click;
import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.conversation.Notice;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reaction;
import dev.passerelle.core.conversation.ReactionRemoved;
import dev.passerelle.core.conversation.Settings;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.PainStatus;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pain-point register: ranked, trending, paged and filtered; moved by managers, told to its backers. */
class PainRegisterTests {

    /** The bot's clock; messages keep the real time, which is a moment after it (this week). */
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    static final String VPN = "#pain The VPN drops every afternoon";

    @TempDir
    Path dataDir;
    Conversation chat;

    @BeforeEach
    void open() {
        chat = Conversation.open(dataDir, Settings.defaults().withRoles(Set.of("kim"), Set.of()),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        chat.close();
    }

    Said report(String user, String team, String text) {
        return chat.in("it").from(new Sender(user, null, null, team)).says(text);
    }

    Outcome plusOne(String user, String team, Said pain, String text) {
        return chat.in("it").from(new Sender(user, null, null, team)).inThread(pain.id()).says(text).outcome();
    }

    static String text(Outcome outcome) {
        return String.join("\n", outcome.replies().stream().map(r -> r.text()).toList());
    }

    static List<Long> listed(Outcome outcome) {
        return outcome.replies().stream().flatMap(r -> r.blocks().stream())
                .filter(Block.Entries.class::isInstance).map(Block.Entries.class::cast)
                .flatMap(b -> b.entries().stream()).map(EntryCard::id).toList();
    }

    @Nested
    class Ranking {

        @Test
        void ranksByVotesThenByHowManyTeamsBackIt() {
            Said oneTeam = report("sarah", "IT", VPN);
            plusOne("oliver", "IT", oneTeam, "+1");
            plusOne("ian", "IT", oneTeam, "me too");
            Said threeTeams = report("paula", "Sales", "#pain Expense reports take three weeks to be reimbursed");
            plusOne("fred", "Finance", threeTeams, "same here");
            plusOne("hugo", "HR", threeTeams, "pareil");
            Said lonely = report("lea", "Legal", "#pain The coffee machine on floor three leaks water");

            Outcome list = chat.dm("dave").says("/kb painpoints").outcome();

            assertThat(listed(list)).containsExactly(threeTeams.capturedId(), oneTeam.capturedId(), lonely.capturedId());
            assertThat(text(list)).startsWith("Open pain points: 3 in all, page 1 of 1, most backed first:")
                    .contains("#" + threeTeams.capturedId() + " — 3 votes, +3 this week, 3 teams (last 4 weeks: 0 → 0 → 0 → +3)")
                    .contains("#" + oneTeam.capturedId() + " — 3 votes, +3 this week, 1 team")
                    .contains("#" + lonely.capturedId() + " — 1 vote, +1 this week, 1 team");
        }

        @Test
        void theTrendCountsEachOfTheLastFourWeeksOnTheBotsClock() {
            Said pain = report("sarah", "IT", VPN);
            long id = pain.capturedId();
            for (long daysAgo : new long[] {1, 8, 9, 22, 40}) {
                long person = chat.passerelle().store().people().resolve(Platform.LOCAL, "local",
                        Sender.of("backer" + daysAgo), NOW).id();
                chat.passerelle().store().entries().addVote(id, person, NOW.minus(Duration.ofDays(daysAgo)));
            }

            String list = text(chat.dm("dave").says("/kb painpoints").outcome());

            assertThat(list).contains("#" + id + " — 6 votes, +2 this week, 1 team (last 4 weeks: +1 → 0 → +2 → +2)");
        }

        @Test
        void pagesTenAtATimeWithTheTotal() {
            List<String> problems = List.of("The VPN drops every afternoon", "The coffee machine leaks water",
                    "Expense reports take three weeks", "The garage badge reader rejects cards",
                    "Meeting rooms cannot be booked from phones", "Printer toner runs out every Monday",
                    "The wiki search never finds the holiday policy", "Laptops take twenty minutes to boot",
                    "Parking spaces are gone before eight", "The canteen closes too early for late shifts",
                    "Timesheets reset when the browser reloads", "Shared drive permissions vanish after migrations");
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < problems.size(); i++) {
                ids.add(report("u" + i, "T" + i, "#pain " + problems.get(i)).capturedId());
            }

            Outcome first = chat.dm("dave").says("/kb painpoints").outcome();
            Outcome second = chat.dm("dave").says("/kb painpoints page 2").outcome();
            Outcome beyond = chat.dm("dave").says("/kb painpoints page 3").outcome();

            assertThat(listed(first)).hasSize(10);
            assertThat(text(first)).startsWith("Open pain points: 12 in all, page 1 of 2")
                    .endsWith("More: /kb painpoints page 2");
            assertThat(listed(second)).hasSize(2);
            assertThat(text(second)).startsWith("Open pain points: 12 in all, page 2 of 2").doesNotContain("More:");
            assertThat(new ArrayList<>(listed(first)) {{ addAll(listed(second)); }}).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(beyond.error()).isEqualTo("There is no page 3: the list has 2 pages.");
        }

        @Test
        void aTeamSeesWhatItReportedOrBacked() {
            Said vpn = report("sarah", "IT", VPN);
            Said expenses = report("paula", "Sales", "#pain Expense reports take three weeks to be reimbursed");
            plusOne("fred", "Finance", expenses, "+1");

            assertThat(listed(chat.dm("dave").says("/kb painpoints finance").outcome()))
                    .containsExactly(expenses.capturedId());
            assertThat(text(chat.dm("dave").says("/kb irritants IT").outcome()))
                    .startsWith("Irritants ouverts soutenus par IT : 1 au total, page 1 sur 1")
                    .contains("#" + vpn.capturedId());
            assertThat(text(chat.dm("dave").says("/kb painpoints Legal").outcome()))
                    .isEqualTo("No open pain points backed by Legal. Nice.");
        }

        @Test
        void eachStatusHasItsListInBothLanguages() {
            Said vpn = report("sarah", "IT", VPN);
            Said expenses = report("paula", "Sales", "#pain Expense reports take three weeks to be reimbursed");
            chat.dm("kim").says("/kb pain " + vpn.capturedId() + " acknowledge");

            assertThat(listed(chat.dm("dave").says("/kb painpoints").outcome())).containsExactly(expenses.capturedId());
            assertThat(listed(chat.dm("dave").says("/kb painpoints acknowledged").outcome()))
                    .containsExactly(vpn.capturedId());
            assertThat(text(chat.dm("dave").says("/kb irritants pris en compte").outcome()))
                    .startsWith("Irritants pris en compte : 1 au total");
            assertThat(text(chat.dm("dave").says("/kb irritants résolus").outcome()))
                    .isEqualTo("Aucun irritant résolu pour l’instant.");
        }

        @Test
        void aPrivateChannelsPainPointShowsOnlyToItsMembers() {
            Said hr = chat.inPrivate("hr").from("helen").says("#pain Payslips arrive after the tenth of the month");

            assertThat(listed(chat.dm("helen").says("/kb painpoints").outcome())).containsExactly(hr.capturedId());
            assertThat(text(chat.dm("dave").says("/kb painpoints").outcome())).isEqualTo("No open pain points. Nice.");
            assertThat(chat.dm("kim").says("/kb pain " + hr.capturedId() + " resolve").outcome().error())
                    .isEqualTo("No entry #" + hr.capturedId() + " that you can see.");
        }

        @Test
        void openCardsCarryAPlusOneButton() {
            Said vpn = report("sarah", "IT", VPN);

            Outcome list = chat.dm("dave").says("/kb painpoints").outcome();

            Block.Entries cards = (Block.Entries) list.replies().getFirst().blocks().getFirst();
            assertThat(cards.entries().getFirst().buttons()).extracting(Block.Button::label, Block.Button::action,
                    Block.Button::entryId).containsExactly(org.assertj.core.groups.Tuple.tuple("+1", Action.VOTE,
                    vpn.capturedId()));
        }
    }

    @Nested
    class Moves {

        @Test
        void acknowledgingTellsTheReporterAndEveryBackerInTheirLanguageWithTheNote() throws SQLException {
            Said pain = report("sarah", "IT", VPN);
            chat.dm("emma").says("Bonjour, est-ce que le réseau privé est toujours aussi lent chez vous ?");
            plusOne("emma", "Sales", pain, "moi aussi");
            plusOne("oliver", "Sales", pain, "same here");
            long id = pain.capturedId();

            Outcome moved = chat.dm("kim").says("/kb pain " + id + " acknowledge IT is on it").outcome();

            assertThat(text(moved)).isEqualTo("Pain point #" + id + " is now acknowledged; 3 people told.");
            assertThat(moved.notices()).extracting(n -> n.to().user()).containsExactlyInAnyOrder("sarah", "emma", "oliver");
            Notice toEmma = moved.notices().stream().filter(n -> "emma".equals(n.to().user())).findFirst().orElseThrow();
            assertThat(toEmma.language()).isEqualTo(Language.FR);
            assertThat(toEmma.reply().text()).isEqualTo("L’irritant #" + id + " que vous avez signalé ou soutenu a été "
                    + "pris en compte par kim : The VPN drops every afternoon\nNote : IT is on it");
            Notice toSarah = moved.notices().stream().filter(n -> "sarah".equals(n.to().user())).findFirst().orElseThrow();
            assertThat(toSarah.reply().text()).startsWith("Pain point #" + id + " you reported or backed has been "
                    + "acknowledged by kim");
            assertThat(chat.entry(id).painStatus()).isEqualTo(PainStatus.ACKNOWLEDGED);
            assertThat(audit()).containsExactly("pain-acknowledged entry:" + id + " open -> acknowledged (IT is on it)");
        }

        @Test
        void resolvingInFrenchIsAuditedAndAPlusOneAfterwardsIsRefused() throws SQLException {
            Said pain = report("sarah", "IT", VPN);
            long id = pain.capturedId();

            Outcome resolved = chat.dm("kim").says("/kb irritant " + id + " résolu nouveau routeur").outcome();
            Outcome late = plusOne("oliver", "IT", pain, "+1");

            assertThat(text(resolved)).isEqualTo("L’irritant #" + id + " est maintenant résolu ; 1 personne prévenue.");
            assertThat(resolved.notices()).singleElement().satisfies(n -> assertThat(n.reply().text())
                    .endsWith("\nNote: nouveau routeur"));
            assertThat(text(late)).startsWith("Pain point #" + id + " is already resolved");
            assertThat(chat.entry(id).votes()).isEqualTo(1);
            assertThat(audit()).containsExactly("pain-resolved entry:" + id + " open -> resolved (nouveau routeur)");
        }

        @Test
        void anOwnerIsToldAndSoAreTheBackers() throws SQLException {
            Said pain = report("sarah", "IT", VPN);
            chat.dm("ivan").says("/kb team Network");
            long id = pain.capturedId();

            Outcome owned = chat.dm("kim").says("/kb pain " + id + " owner @ivan").outcome();

            assertThat(text(owned)).isEqualTo("ivan now owns pain point #" + id + "; 2 people told.");
            assertThat(owned.notices()).extracting(n -> n.to().user()).containsExactlyInAnyOrder("sarah", "ivan");
            assertThat(text(chat.dm("dave").says("/kb painpoints").outcome())).contains("— owner: ivan");
            assertThat(audit()).singleElement().asString().startsWith("pain-owner entry:" + id + " none -> person:");
            assertThat(chat.dm("kim").says("/kb pain " + id + " owner @nobody-here").outcome().error())
                    .isEqualTo("I don’t know “@nobody-here”: name them by their @mention, user id or e-mail.");
        }

        @Test
        void membersAreRefusedInOneLineAndNothingMoves() throws SQLException {
            Said pain = report("sarah", "IT", VPN);

            Outcome refused = chat.dm("oliver").says("/kb pain " + pain.capturedId() + " resolve").outcome();
            Outcome refusedFr = chat.dm("oliver").says("/kb irritant " + pain.capturedId() + " résolu").outcome();

            assertThat(refused.error()).isEqualTo("Only knowledge managers can use “pain”. Ask one of them, or an admin, if you need it.");
            assertThat(refusedFr.error()).doesNotContain("\n").contains("« irritant »");
            assertThat(chat.entry(pain.capturedId()).painStatus()).isEqualTo(PainStatus.OPEN);
            assertThat(audit()).isEmpty();
        }

        @Test
        void aBareNumberWhereATeamGoesIsAPainPointsNumberNotATeam() {
            Said pain = report("sarah", "IT", VPN);
            long id = pain.capturedId();

            Outcome french = chat.dm("kim").says("/kb irritants " + id + " resolu").outcome();
            Outcome english = chat.dm("dave").says("/kb painpoints #" + id).outcome();
            Outcome acknowledged = chat.dm("kim").says("/kb painpoints " + id + " acknowledged").outcome();

            assertThat(french.error()).isEqualTo("#" + id + " est un numéro, pas une équipe. Pour faire avancer "
                    + "l’irritant #" + id + " : /kb irritant " + id + " résolu [note] ; pour voir la page " + id
                    + " : /kb irritants page " + id);
            assertThat(english.error()).isEqualTo("#" + id + " is a number, not a team. To move pain point #" + id
                    + ": /kb pain " + id + " acknowledge|resolve|reopen [note]; to see page " + id
                    + ": /kb painpoints page " + id);
            assertThat(acknowledged.error()).contains("/kb pain " + id + " acknowledge [note]");
            assertThat(chat.entry(id).painStatus()).isEqualTo(PainStatus.OPEN);
            assertThat(text(chat.dm("dave").says("/kb painpoints IT").outcome())).contains("#" + id);
        }

        @Test
        void aSecondStatusOrAPageWithoutItsNumberIsNoTeam() {
            report("sarah", "IT", VPN);

            assertThat(chat.dm("dave").says("/kb painpoints open open").outcome().error())
                    .isEqualTo("Usage: /kb painpoints [team] [open|acknowledged|resolved] [page N]");
            assertThat(chat.dm("dave").says("/kb irritants ouverts résolus").outcome().error())
                    .isEqualTo("Utilisation : /kb irritants [équipe] [ouverts|pris en compte|résolus] [page N]");
            assertThat(chat.dm("dave").says("/kb painpoints IT page").outcome().error())
                    .isEqualTo("Usage: /kb painpoints [team] [open|acknowledged|resolved] [page N]");
        }

        @Test
        void unknownIdsOtherEntriesAndWrongWordsAreClearErrors() {
            Said faq = chat.in("it").from("kim").says("#faq Where is the VPN guide? | On the intranet");
            Said pain = report("sarah", "IT", VPN);

            assertThat(chat.dm("kim").says("/kb pain 999 resolve").outcome().error())
                    .isEqualTo("No entry #999 that you can see.");
            assertThat(chat.dm("kim").says("/kb pain " + faq.capturedId() + " resolve").outcome().error())
                    .isEqualTo("#" + faq.capturedId() + " is not a pain point: only pain points take a +1.");
            assertThat(chat.dm("kim").says("/kb pain " + pain.capturedId() + " dance").outcome().error())
                    .isEqualTo("Usage: /kb pain <id> acknowledge|resolve|reopen [note] — /kb pain <id> owner @person");
            assertThat(chat.dm("kim").says("/kb pain abc resolve").outcome().error())
                    .isEqualTo("“abc” is not an entry number: use the number shown as #12.");
            assertThat(chat.dm("kim").says("/kb pain " + pain.capturedId() + " open").outcome().error())
                    .isEqualTo("Pain point #" + pain.capturedId() + " is already open.");
        }
    }

    @Nested
    class PlusOnes {

        @Test
        void aMeTooReplyInEnglishOrFrenchBacksThePainPointOnceAndIsNoQuestion() {
            Said pain = report("sarah", "IT", VPN);
            long id = pain.capturedId();

            Outcome english = plusOne("oliver", "IT", pain, "Same here!");
            Outcome french = plusOne("emma", "Sales", pain, "moi aussi");
            Outcome again = plusOne("emma", "Sales", pain, "+1");
            Outcome sentence = plusOne("paul", "IT", pain, "+1 but the printer jams too");

            assertThat(text(english)).startsWith("+1 on pain point #" + id + " (2 votes)");
            assertThat(text(french)).startsWith("+1 sur l’irritant #" + id);
            assertThat(english.captured()).extracting(Outcome.Captured::id).containsExactly(id);
            assertThat(text(again)).startsWith("You already backed pain point #" + id);
            assertThat(sentence.captured()).extracting(Outcome.Captured::kind).doesNotContain(EntryKind.PAIN_POINT);
            assertThat(chat.entry(id).votes()).isEqualTo(3);
            assertThat(chat.passerelle().store().entries().list(EntryKind.QUESTION,
                    dev.passerelle.core.vocabulary.EntryStatus.OPEN, 10)).isEmpty();
        }

        @Test
        void theButtonVotesAndTakingBackTheThumbsUndoesIt() {
            Said pain = report("sarah", "IT", VPN);
            long id = pain.capturedId();

            Outcome clicked = chat.submit(new Click(channel("it"), Sender.of("oliver"), Action.VOTE, id, null,
                    Language.EN, "click-1", Instant.now()));
            chat.reacted(new Reaction(channel("it"), Sender.of("emma"), Reaction.Kind.PLUS_ONE, pain.id(), null,
                    Sender.of("sarah"), VPN, Instant.now()));
            assertThat(chat.entry(id).votes()).isEqualTo(3);

            Outcome undone = chat.submit(new ReactionRemoved(channel("it"), Sender.of("emma"), Reaction.Kind.PLUS_ONE,
                    pain.id(), Instant.now()));
            Outcome byAuthor = chat.submit(new ReactionRemoved(channel("it"), Sender.of("sarah"),
                    Reaction.Kind.PLUS_ONE, pain.id(), Instant.now()));
            Outcome unvoted = chat.dm("oliver").says("/kb unvote " + id).outcome();

            assertThat(text(clicked)).startsWith("+1 on pain point #" + id + " (2 votes)");
            assertThat(text(undone)).startsWith("Took back your +1 on pain point #" + id + " (2 votes)");
            assertThat(byAuthor.isNothing()).as("the reporter stays a reporter").isTrue();
            assertThat(text(unvoted)).startsWith("Took back your +1 on pain point #" + id + " (1 vote)");
            assertThat(chat.entry(id).votes()).isEqualTo(1);
        }

        @Test
        void theButtonOnSomethingElseIsAClearError() {
            Said faq = chat.in("it").from("kim").says("#faq Where is the VPN guide? | On the intranet");

            Outcome clicked = chat.submit(new Click(channel("it"), Sender.of("oliver"), Action.VOTE, faq.capturedId(),
                    null, Language.EN, "click-2", Instant.now()));

            assertThat(clicked.error()).isEqualTo("#" + faq.capturedId() + " is not a pain point: only pain points take a +1.");
        }
    }

    /** The audit log's lines about pain points: action, target, detail. */
    List<String> audit() throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("passerelle.db"));
                ResultSet rows = db.createStatement().executeQuery(
                        "SELECT action, target, detail FROM audit_log WHERE action LIKE 'pain-%' ORDER BY id")) {
            while (rows.next()) {
                lines.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
            }
        }
        return lines;
    }
}
