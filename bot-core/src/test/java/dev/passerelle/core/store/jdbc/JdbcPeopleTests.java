package dev.passerelle.core.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import dev.passerelle.core.vocabulary.Person;
import dev.passerelle.core.people.Skill;
import dev.passerelle.core.search.ChangeFeed.Change;
import dev.passerelle.core.search.ChangeFeed.Subject;
import dev.passerelle.core.store.NewEntries;
import dev.passerelle.core.people.PeopleRepository;
import dev.passerelle.core.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JdbcPeopleTests {

    private static final Instant AT = NewEntries.AT;
    private static final Instant LATER = AT.plusSeconds(3_600);

    private static final Sender ELODIE = new Sender("U-ELODIE", "Elodie Martin", "elodie.martin@acme.fr", "Finance");

    @TempDir
    Path dataDir;

    private SqliteStore store;
    private PeopleRepository people;

    @BeforeEach
    void openStore() {
        store = SqliteStore.open(dataDir);
        people = store.people();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private Person onSlack(Sender sender) {
        return people.resolve(Platform.SLACK, "T-ACME", sender, AT);
    }

    @Nested
    class WritingToThem {

        @Test
        void aPersonIsWrittenToOnThePreferredPlatformOrWhereverTheyAre() {
            Person elodie = onSlack(ELODIE);
            people.resolve(Platform.TEAMS, "tenant-1", new Sender("29:elodie", "Elodie Martin",
                    "elodie.martin@acme.fr", null), LATER);

            assertThat(people.recipient(elodie.id(), Platform.TEAMS)).get()
                    .satisfies(to -> assertThat(to.user()).isEqualTo("29:elodie"))
                    .satisfies(to -> assertThat(to.workspace()).isEqualTo("tenant-1"));
            assertThat(people.recipient(elodie.id(), Platform.SLACK)).get()
                    .satisfies(to -> assertThat(to.user()).isEqualTo("U-ELODIE"));
            assertThat(people.recipient(elodie.id(), Platform.LOCAL)).get()
                    .satisfies(to -> assertThat(to.platform()).isEqualTo(Platform.TEAMS));
            assertThat(people.recipient(9_999, Platform.SLACK)).isEmpty();
        }

        @Test
        void theLanguageTheyLastSpokeInIsKept() {
            Person elodie = onSlack(ELODIE);
            assertThat(people.language(elodie.id())).isEmpty();

            people.rememberLanguage(elodie.id(), dev.passerelle.core.vocabulary.Language.FR);
            people.rememberLanguage(elodie.id(), dev.passerelle.core.vocabulary.Language.EN);

            assertThat(people.language(elodie.id())).contains(dev.passerelle.core.vocabulary.Language.EN);
        }
    }

    @Nested
    class Resolving {

        @Test
        void createsAPersonOnFirstSightWithTheProfileGiven() {
            Person elodie = onSlack(ELODIE);

            assertThat(elodie.id()).isPositive();
            assertThat(elodie.displayName()).isEqualTo("Elodie Martin");
            assertThat(elodie.email()).isEqualTo("elodie.martin@acme.fr");
            assertThat(elodie.team()).isEqualTo("Finance");
            assertThat(people.find(elodie.id())).contains(elodie);
        }

        @Test
        void namesAPersonAfterTheirUserIdWhenThePlatformGivesNoName() {
            assertThat(onSlack(Sender.of("U-ANON")).displayName()).isEqualTo("U-ANON");
        }

        @Test
        void findsTheSamePersonForTheSameIdentity() {
            Person first = onSlack(ELODIE);

            assertThat(onSlack(ELODIE)).isEqualTo(first);
            assertThat(people.findAll(List.of(first.id()))).hasSize(1);
        }

        @Test
        void updatesTheProfileFieldsThePlatformNowGives() {
            Person before = onSlack(ELODIE);

            Person after = people.resolve(Platform.SLACK, "T-ACME",
                    new Sender("U-ELODIE", "Élodie Martin-Durand", null, "Achats"), LATER);

            assertThat(after.id()).isEqualTo(before.id());
            assertThat(after.displayName()).isEqualTo("Élodie Martin-Durand");
            assertThat(after.team()).isEqualTo("Achats");
            assertThat(after.email()).as("a field the platform no longer gives is kept").isEqualTo(before.email());
        }

        @Test
        void linksASecondPlatformIdentityWithTheSameEmailToTheSamePerson() {
            Person onSlack = onSlack(ELODIE);

            Person onTeams = people.resolve(Platform.TEAMS, "tenant-acme",
                    new Sender("29:teams-elodie", "Elodie M.", "Elodie.Martin@ACME.fr", null), LATER);

            assertThat(onTeams.id()).isEqualTo(onSlack.id());
            assertThat(people.userId(onSlack.id(), Platform.TEAMS)).contains("29:teams-elodie");
            assertThat(people.userId(onSlack.id(), Platform.SLACK)).contains("U-ELODIE");
        }

        @Test
        void keepsPeopleWithoutAnEmailApart() {
            Person one = onSlack(Sender.of("U-ONE"));
            Person other = people.resolve(Platform.TEAMS, "tenant-acme", Sender.of("U-ONE"), AT);

            assertThat(other.id()).isNotEqualTo(one.id());
        }

        @Test
        void givesAUserIdOnAnotherPlatformWhenThePersonHasNoneOnThePreferredOne() {
            Person elodie = onSlack(ELODIE);

            assertThat(people.userId(elodie.id(), Platform.TEAMS)).contains("U-ELODIE");
            assertThat(people.userId(999, Platform.SLACK)).isEmpty();
        }

        @Test
        void logsNoChangeForTheIndex() {
            onSlack(ELODIE);

            assertThat(store.changes().after(0, 10)).isEmpty();
        }
    }

    @Nested
    class LookingUp {

        private Person elodie;

        @BeforeEach
        void meetElodie() {
            elodie = onSlack(ELODIE);
            onSlack(new Sender("U-BRUNO", "Bruno Petit", "bruno.petit@acme.fr", "IT"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"U-ELODIE", "<@U-ELODIE>", "@U-ELODIE", "  U-ELODIE  "})
        void findsAPersonByTheirUserIdOnThePlatform(String userId) {
            assertThat(people.lookup(Platform.SLACK, userId)).contains(elodie);
        }

        @Test
        void doesNotTakeAUserIdFromAnotherPlatform() {
            assertThat(people.lookup(Platform.TEAMS, "U-ELODIE")).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"elodie.martin@acme.fr", "Elodie.Martin@Acme.FR"})
        void findsAPersonByEmailWhateverTheCase(String email) {
            assertThat(people.lookup(Platform.TEAMS, email)).contains(elodie);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Elodie Martin", "elodie martin", "ELODIE MARTIN"})
        void findsAPersonByDisplayNameWhateverTheCase(String name) {
            assertThat(people.lookup(Platform.SLACK, name)).contains(elodie);
        }

        @Test
        void findsAPersonWhoseNameStartsWithAnAccentedCapital() {
            Person accented = people.resolve(Platform.SLACK, "T-ACME",
                    new Sender("U-EMILE", "Émile Zola", null, null), AT);

            assertThat(people.lookup(Platform.SLACK, "Émile Zola")).contains(accented);
        }

        @Test
        void findsNobodyForAnUnknownNameIdOrEmail() {
            assertThat(people.lookup(Platform.SLACK, "Zinedine")).isEmpty();
            assertThat(people.lookup(Platform.SLACK, "U-NOBODY")).isEmpty();
            assertThat(people.lookup(Platform.SLACK, "nobody@acme.fr")).isEmpty();
        }
    }

    @Nested
    class DeclaringSkills {

        private long elodie;

        @BeforeEach
        void meetElodie() {
            elodie = onSlack(ELODIE).id();
        }

        @Test
        void addsASkillWithTheSpellingGiven() {
            assertThat(people.addSkill(elodie, "  Facturation fournisseurs ", AT)).isTrue();

            assertThat(people.skills(elodie)).singleElement().satisfies(skill -> {
                assertThat(skill.name()).isEqualTo("Facturation fournisseurs");
                assertThat(skill.personId()).isEqualTo(elodie);
                assertThat(skill.declaredAt()).isEqualTo(AT);
                assertThat(people.findSkill(skill.id())).contains(skill);
            });
        }

        @ParameterizedTest
        @ValueSource(strings = {"CRM|crm", "Facturation|facturation", "Sécurité|securite", "notes de frais|Notes  de   Frais"})
        void addsTheSameSkillOnlyOnceWhateverTheCaseAccentsAndSpaces(String spellings) {
            String[] both = spellings.split("\\|");

            assertThat(people.addSkill(elodie, both[0], AT)).isTrue();
            assertThat(people.addSkill(elodie, both[1], LATER)).isFalse();

            assertThat(people.skills(elodie)).extracting(Skill::name).containsExactly(both[0]);
        }

        @Test
        void letsTwoPeopleDeclareTheSameSkill() {
            long bruno = onSlack(new Sender("U-BRUNO", "Bruno Petit", null, null)).id();

            assertThat(people.addSkill(elodie, "CRM", AT)).isTrue();
            assertThat(people.addSkill(bruno, "CRM", AT)).isTrue();
        }

        @Test
        void listsSkillsByName() {
            people.addSkill(elodie, "SAP", AT);
            people.addSkill(elodie, "Facturation", AT);
            people.addSkill(elodie, "Excel", AT);

            assertThat(people.skills(elodie)).extracting(Skill::name).containsExactly("Excel", "Facturation", "SAP");
        }

        @Test
        void removesASkillWhateverTheCaseAndAccents() {
            people.addSkill(elodie, "Sécurité", AT);

            assertThat(people.removeSkill(elodie, "SECURITE")).isTrue();
            assertThat(people.skills(elodie)).isEmpty();
            assertThat(people.removeSkill(elodie, "Sécurité")).isFalse();
        }

        @Test
        void logsASkillChangeForEachAddAndRemoveThatChangedSomething() {
            people.addSkill(elodie, "CRM", AT);
            long crm = people.skills(elodie).getFirst().id();
            people.addSkill(elodie, "crm", AT);
            people.removeSkill(elodie, "CRM");
            people.removeSkill(elodie, "CRM");

            assertThat(store.changes().after(0, 10))
                    .extracting(Change::subject, Change::subjectId)
                    .containsExactly(
                            tuple(Subject.SKILL, crm),
                            tuple(Subject.SKILL, crm));
        }
    }

    @Test
    void setsTheTeamOfAPerson() {
        long elodie = onSlack(ELODIE).id();

        assertThat(people.setTeam(elodie, "Contrôle de gestion").team()).isEqualTo("Contrôle de gestion");
        assertThat(people.find(elodie).orElseThrow().team()).isEqualTo("Contrôle de gestion");
    }
}
