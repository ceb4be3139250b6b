package dev.passerelle.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core's shape, as executable rules. */
class ArchitectureTests {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.passerelle.core");

    /**
     * The floors of the core, lowest first: a package may use its own floor and those below, never one above.
     * The ground floor is the shared vocabulary; the top is the bot, then the store that implements every port.
     */
    private static final List<List<String>> FLOORS = List.of(
            List.of("..core.vocabulary.."),
            List.of("..core.understanding..", "..core.conversation..", "..core.search"),
            List.of("..core.people..", "..core.inbox.."),
            List.of("..core.knowledge.."),
            List.of("..core.expertise.."),
            List.of("..core.answering.."),
            List.of("..core.curation.."),
            List.of("..core.bot.."),
            List.of("..core.store..", "..core.search.lucene.."));

    @Test
    void packagesOfTheCoreFormNoCycle() {
        slices().matching("dev.passerelle.core.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void noFloorUsesAFloorAboveIt() {
        for (int floor = 0; floor < FLOORS.size() - 1; floor++) {
            String[] above = FLOORS.subList(floor + 1, FLOORS.size()).stream().flatMap(List::stream)
                    .toArray(String[]::new);
            String[] here = FLOORS.get(floor).toArray(String[]::new);
            noClasses().that().resideInAnyPackage(here)
                    .should().dependOnClassesThat().resideInAnyPackage(above)
                    .because("floor " + Arrays.toString(here) + " sits below " + Arrays.toString(above))
                    .check(CORE);
        }
    }

    @Test
    void theGroundFloorImportsNothingElseOfTheCore() {
        noClasses().that().resideInAPackage("..core.vocabulary..")
                .should().dependOnClassesThat().resideInAnyPackage(Stream.of("understanding", "conversation", "search",
                        "people", "inbox", "knowledge", "expertise", "answering", "curation", "bot", "store")
                        .map(p -> "..core." + p + "..").toArray(String[]::new))
                .check(CORE);
    }

    @Test
    void featurePackagesKnowNoDatabaseNorSearchEngine() {
        noClasses().that().resideInAnyPackage("..core.vocabulary..", "..core.conversation..", "..core.understanding..",
                        "..core.people..", "..core.inbox..", "..core.knowledge..", "..core.expertise..",
                        "..core.answering..", "..core.curation..", "..core.bot..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "org.sqlite..", "java.sql..",
                        "org.flywaydb..", "..core.store..", "..core.search.lucene..")
                .check(CORE);
    }

    @Test
    void theCoreKnowsNoPlatformNorWebFramework() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.slack..", "com.microsoft..",
                        "org.springframework..", "jakarta.servlet..")
                .check(CORE);
    }

    @Test
    void portableSqlStaysFreeOfSqliteSpecifics() {
        noClasses().that().resideInAPackage("..core.store.jdbc..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sqlite..", "org.flywaydb..")
                .check(CORE);
    }
}
