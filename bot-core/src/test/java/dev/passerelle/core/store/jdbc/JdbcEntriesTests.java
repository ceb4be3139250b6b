package dev.passerelle.core.store.jdbc;

import static dev.passerelle.core.store.NewEntries.faq;
import static dev.passerelle.core.store.NewEntries.insight;
import static dev.passerelle.core.store.NewEntries.painPoint;
import static dev.passerelle.core.store.NewEntries.question;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import dev.passerelle.core.knowledge.AlternateQuestion;
import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.PainStatus;
import dev.passerelle.core.search.ChangeFeed.Change;
import dev.passerelle.core.search.ChangeFeed.Subject;
import dev.passerelle.core.knowledge.EntryRepository;
import dev.passerelle.core.store.NewEntries;
import dev.passerelle.core.vocabulary.StoreException;
import dev.passerelle.core.store.sqlite.SqliteStore;
import dev.passerelle.core.vocabulary.Language;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcEntriesTests {

    private static final Instant AT = NewEntries.AT;

    @TempDir
    Path dataDir;

    private SqliteStore store;
    private EntryRepository entries;
    private long author;
    private long colleague;

    @BeforeEach
    void openStore() {
        store = SqliteStore.open(dataDir);
        entries = store.entries();
        author = store.people().resolve(Platform.LOCAL, "local", Sender.of("U-AUTHOR"), AT).id();
        colleague = store.people().resolve(Platform.LOCAL, "local", Sender.of("U-COLLEAGUE"), AT).id();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private Entry stored(NewEntries entry) {
        return entries.insert(entry.by(author).build());
    }

    @Nested
    class Inserting {

        @Test
        void givesBackTheStoredEntryWithItsNewId() {
            Entry entry = stored(faq("Comment poser des congés ?", "Dans Lucca, onglet Absences.")
                    .status(EntryStatus.VERIFIED).from("M1").inThread("T1"));

            assertThat(entry.id()).isPositive();
            assertThat(entry.kind()).isEqualTo(EntryKind.FAQ);
            assertThat(entry.status()).isEqualTo(EntryStatus.VERIFIED);
            assertThat(entry.title()).isEqualTo("Comment poser des congés ?");
            assertThat(entry.body()).isEqualTo("Dans Lucca, onglet Absences.");
            assertThat(entry.language()).isEqualTo(Language.FR);
            assertThat(entry.authorId()).isEqualTo(author);
            assertThat(entry.channelKey()).isEqualTo(NewEntries.PUBLIC_CHANNEL);
            assertThat(entry.restricted()).isFalse();
            assertThat(entry.source()).isEqualTo("M1");
            assertThat(entry.thread()).isEqualTo("T1");
            assertThat(entry.votes()).isZero();
            assertThat(entry.createdAt()).isEqualTo(AT);
            assertThat(entry.updatedAt()).isEqualTo(AT);
        }

        @Test
        void keepsTheRestrictedChannelItCameFrom() {
            Entry entry = stored(insight("Le budget 2026 est gelé").restrictedTo("slack:T1:G-BOARD"));

            assertThat(entries.find(entry.id())).contains(entry);
            assertThat(entry.restricted()).isTrue();
            assertThat(entry.channelKey()).isEqualTo("slack:T1:G-BOARD");
        }

        @Test
        void storesTagsOnceEach() {
            Entry entry = stored(insight("Salesforce exporte en CSV").tagged("salesforce", "crm", "salesforce"));

            assertThat(entries.find(entry.id()).orElseThrow().tags()).containsExactly("crm", "salesforce");
        }

        @Test
        void opensAPainPointWithTheTeamThatOwnsIt() {
            assertThat(stored(painPoint("Les notes de frais prennent des semaines")).painStatus())
                    .isEqualTo(PainStatus.OPEN);
            assertThat(stored(insight("Le VPN coupe à 18h")).painStatus()).isNull();
        }

        @Test
        void rejectsAnAuthorWhoIsNotInTheStore() {
            assertThatThrownBy(() -> entries.insert(insight("Personne ne sait qui a écrit ça").by(999).build()))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(SqliteStore.FILE_NAME);
            assertThat(store.changes().after(0, 10)).isEmpty();
        }

        @Test
        void logsOneEntryChange() {
            Entry entry = stored(insight("Le VPN coupe à 18h").tagged("vpn", "reseau"));

            assertThat(store.changes().after(0, 10))
                    .extracting(Change::subject, Change::subjectId)
                    .containsExactly(tuple(Subject.ENTRY, entry.id()));
        }
    }

    @Nested
    class NumberingIds {

        @Test
        void countsFromOneInANewStore() {
            assertThat(stored(insight("Le VPN coupe à 18h")).id()).isEqualTo(1);
            assertThat(stored(insight("La cantine ferme à 14h")).id()).isEqualTo(2);
        }

        @Test
        void neverGivesTheIdOfTheNewestDeletedEntryAgain() {
            stored(insight("Le VPN coupe à 18h"));
            Entry newest = stored(insight("La cantine ferme à 14h"));
            entries.delete(newest.id(), AT.plusSeconds(60));

            Entry next = stored(insight("Le wiki RH a déménagé"));

            assertThat(next.id()).isEqualTo(3);
            assertThat(entries.find(newest.id())).isEmpty();
        }

        @Test
        void keepsCountingAfterTheStoreIsReopened() {
            stored(insight("Le VPN coupe à 18h"));
            entries.delete(stored(insight("La cantine ferme à 14h")).id(), AT.plusSeconds(60));

            store.close();
            store = SqliteStore.open(dataDir);
            entries = store.entries();

            assertThat(stored(insight("Le wiki RH a déménagé")).id()).isEqualTo(3);
        }

        @Test
        void givesBackTheIdOfAnInsertThatFailed() {
            stored(insight("Le VPN coupe à 18h"));
            assertThatThrownBy(() -> entries.insert(insight("Personne ne sait qui a écrit ça").by(999).build()))
                    .isInstanceOf(StoreException.class);

            assertThat(stored(insight("La cantine ferme à 14h")).id()).isEqualTo(2);
        }
    }

    @Nested
    class Finding {

        @Test
        void findsNothingForAnUnknownId() {
            assertThat(entries.find(42)).isEmpty();
        }

        @Test
        void findsSeveralAtOnceEachWithItsOwnTags() {
            Entry vpn = stored(insight("Le VPN coupe à 18h").tagged("vpn"));
            Entry crm = stored(insight("Le CRM est lent le lundi").tagged("crm", "lenteur"));
            stored(insight("La cantine ferme à 14h"));

            assertThat(entries.findAll(List.of(vpn.id(), crm.id(), 999L)))
                    .extracting(Entry::title, Entry::tags)
                    .containsExactlyInAnyOrder(
                            tuple("Le VPN coupe à 18h", List.of("vpn")),
                            tuple("Le CRM est lent le lundi", List.of("crm", "lenteur")));
        }

        @Test
        void findsNothingForNoIds() {
            stored(insight("La cantine ferme à 14h"));

            assertThat(entries.findAll(List.of())).isEmpty();
        }

        @Test
        void findsTheEntryCapturedFromAMessageByChannelMessageAndKind() {
            Entry captured = stored(question("Qui gère les badges ?").in("slack:T1:C-GENERAL").from("M7"));

            assertThat(entries.findBySource("slack:T1:C-GENERAL", "M7", EntryKind.QUESTION)).contains(captured);
            assertThat(entries.findBySource("slack:T1:C-GENERAL", "M7", EntryKind.FAQ)).isEmpty();
            assertThat(entries.findBySource("slack:T1:C-OTHER", "M7", EntryKind.QUESTION)).isEmpty();
            assertThat(entries.findBySource("slack:T1:C-GENERAL", "M8", EntryKind.QUESTION)).isEmpty();
        }
    }

    @Nested
    class Listing {

        @Test
        void keepsOnlyTheKindAndStatusAsked() {
            Entry verifiedFaq = stored(faq("Où est le wiki ?", "wiki.acme.fr").status(EntryStatus.VERIFIED));
            stored(faq("Où est la cantine ?", "Au RDC").status(EntryStatus.DRAFT));
            stored(insight("Le wiki est lent").status(EntryStatus.VERIFIED));

            assertThat(entries.list(EntryKind.FAQ, EntryStatus.VERIFIED, 10)).containsExactly(verifiedFaq);
        }

        @Test
        void putsTheMostVotedFirst() {
            Entry quiet = stored(insight("Astuce : Ctrl+K ouvre la recherche"));
            Entry popular = stored(insight("Astuce : le proxy se contourne avec le VPN"));
            entries.addVote(popular.id(), colleague, AT);

            assertThat(entries.list(EntryKind.INSIGHT, EntryStatus.DRAFT, 10))
                    .extracting(Entry::id).containsExactly(popular.id(), quiet.id());
        }

        @Test
        void putsTheMostRecentlyUpdatedFirstAmongEqualVotes() {
            Entry older = stored(insight("Astuce : Ctrl+K ouvre la recherche").at(AT));
            Entry newer = stored(insight("Astuce : Ctrl+Maj+T rouvre l'onglet").at(AT.plus(Duration.ofMinutes(5))));

            assertThat(entries.list(EntryKind.INSIGHT, EntryStatus.DRAFT, 10))
                    .extracting(Entry::id).containsExactly(newer.id(), older.id());
        }

        @Test
        void putsTheMostRecentlyUpdatedFirstWithinTheSameSecond() {
            Entry older = stored(insight("Astuce : Ctrl+K ouvre la recherche").at(AT));
            Entry newer = stored(insight("Astuce : Ctrl+Maj+T rouvre l'onglet").at(AT.plusMillis(500)));

            assertThat(entries.list(EntryKind.INSIGHT, EntryStatus.DRAFT, 10))
                    .extracting(Entry::id).containsExactly(newer.id(), older.id());
        }

        @Test
        void givesNoMoreThanTheLimit() {
            for (int i = 1; i <= 5; i++) {
                stored(insight("Astuce numéro " + i));
            }

            assertThat(entries.list(EntryKind.INSIGHT, EntryStatus.DRAFT, 3)).hasSize(3);
        }
    }

    @Nested
    class ChangingStatus {

        @Test
        void givesBackTheEntryInItsNewStatus() {
            Entry draft = stored(faq("Où est le wiki ?", "wiki.acme.fr"));
            Instant later = AT.plus(Duration.ofDays(1));

            Entry verified = entries.updateStatus(draft.id(), EntryStatus.VERIFIED, later);

            assertThat(verified.status()).isEqualTo(EntryStatus.VERIFIED);
            assertThat(verified.updatedAt()).isEqualTo(later);
            assertThat(verified.createdAt()).isEqualTo(AT);
            assertThat(entries.find(draft.id())).contains(verified);
        }

        @Test
        void logsAnEntryChange() {
            Entry draft = stored(faq("Où est le wiki ?", "wiki.acme.fr"));

            entries.updateStatus(draft.id(), EntryStatus.ARCHIVED, AT.plusSeconds(60));

            assertThat(store.changes().after(0, 10)).extracting(Change::subjectId)
                    .containsExactly(draft.id(), draft.id());
        }
    }

    @Nested
    class Voting {

        @Test
        void countsOneVotePerPerson() {
            Entry tip = stored(insight("Astuce : Ctrl+K ouvre la recherche"));

            assertThat(entries.addVote(tip.id(), colleague, AT)).isTrue();
            assertThat(entries.addVote(tip.id(), colleague, AT.plusSeconds(1))).isFalse();
            assertThat(entries.addVote(tip.id(), author, AT.plusSeconds(2))).isTrue();

            assertThat(entries.find(tip.id()).orElseThrow().votes()).isEqualTo(2);
        }

        @Test
        void logsAChangeOnlyForACountedVote() {
            Entry tip = stored(insight("Astuce : Ctrl+K ouvre la recherche"));

            entries.addVote(tip.id(), colleague, AT);
            entries.addVote(tip.id(), colleague, AT);

            assertThat(store.changes().after(0, 10)).hasSize(2);
        }

        @Test
        void takesBackOnlyThatPersonsVoteAndLogsTheChange() {
            Entry tip = stored(insight("Astuce : Ctrl+K ouvre la recherche"));
            entries.addVote(tip.id(), colleague, AT);
            entries.addVote(tip.id(), author, AT);
            long logged = store.changes().after(0, 10).size();

            assertThat(entries.removeVote(tip.id(), colleague, AT.plusSeconds(1))).isTrue();
            assertThat(entries.removeVote(tip.id(), colleague, AT.plusSeconds(2))).isFalse();

            assertThat(entries.find(tip.id()).orElseThrow().votes()).isEqualTo(1);
            assertThat(store.changes().after(0, 10)).hasSize((int) logged + 1);
            assertThat(entries.addVote(tip.id(), colleague, AT.plusSeconds(3))).as("and may back it again").isTrue();
        }

        @Test
        void marksTheEntryAsUpdatedWhenTheVoteCounts() {
            Entry tip = stored(insight("Astuce : Ctrl+K ouvre la recherche"));
            Instant voted = AT.plus(Duration.ofHours(2));

            entries.addVote(tip.id(), colleague, voted);

            assertThat(entries.find(tip.id()).orElseThrow().updatedAt()).isEqualTo(voted);
        }
    }

    @Nested
    class AlternateQuestions {

        @Test
        void keepsEachFoldedTextOnceAndLogsAChangeOnTheEntryForEachOneAdded() {
            Entry faq = stored(faq("How do I reset my password?", "Use the self-service portal"));
            long before = store.changes().after(0, 100).getLast().seq();

            boolean first = entries.addAlternate(faq.id(), alternate("I forgot my password", "i forgot my password"));
            boolean again = entries.addAlternate(faq.id(), alternate("I FORGOT my password!", "i forgot my password"));
            entries.addAlternate(faq.id(), alternate("password expired", "password expired"));

            assertThat(first).isTrue();
            assertThat(again).isFalse();
            assertThat(entries.alternates(faq.id())).extracting(AlternateQuestion::text)
                    .containsExactly("I forgot my password", "password expired");
            assertThat(store.changes().after(before, 100)).extracting(Change::subject, Change::subjectId)
                    .containsExactly(tuple(Subject.ENTRY, faq.id()), tuple(Subject.ENTRY, faq.id()));
        }

        @Test
        void goWithTheirEntryWhenItIsDeleted() {
            Entry faq = stored(faq("How do I reset my password?", "Use the self-service portal"));
            entries.addAlternate(faq.id(), alternate("I forgot my password", "i forgot my password"));

            entries.delete(faq.id(), AT);

            assertThat(entries.alternates(faq.id())).isEmpty();
        }

        private AlternateQuestion alternate(String text, String folded) {
            return new AlternateQuestion(text, folded, Language.EN, colleague, AT);
        }
    }

    @Nested
    class AsksOfAnOpenQuestion {

        @Test
        void leadFromTheirMessageToTheQuestion() {
            Entry gap = stored(question("Where is the 2024 price grid?").from("M1"));

            entries.addAsk(gap.id(), colleague, NewEntries.PUBLIC_CHANNEL, "M2", null, AT);

            assertThat(entries.findBySource(NewEntries.PUBLIC_CHANNEL, "M2", EntryKind.QUESTION)).map(Entry::id)
                    .contains(gap.id());
            assertThat(entries.findBySource(NewEntries.PUBLIC_CHANNEL, "M2", EntryKind.FAQ)).isEmpty();
        }
    }
}
