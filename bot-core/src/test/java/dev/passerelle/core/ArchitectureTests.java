package dev.passerelle.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core's shape, as executable rules. */
class ArchitectureTests {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.passerelle.core");

    @Test
    void feature_packages_know_no_database_nor_search_engine() {
        noClasses().that().resideInAnyPackage("..core.conversation..", "..core.understanding..", "..core.knowledge..",
                        "..core.expertise..", "..core.curation..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "org.sqlite..", "java.sql..",
                        "org.flywaydb..", "..core.store.jdbc..", "..core.store.sqlite..", "..core.search.lucene..")
                .check(CORE);
    }

    @Test
    void the_core_knows_no_platform_nor_web_framework() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.slack..", "com.microsoft..",
                        "org.springframework..", "jakarta.servlet..")
                .check(CORE);
    }

    @Test
    void portable_sql_stays_free_of_sqlite_specifics() {
        noClasses().that().resideInAPackage("..core.store.jdbc..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sqlite..", "org.flywaydb..")
                .check(CORE);
    }
}
