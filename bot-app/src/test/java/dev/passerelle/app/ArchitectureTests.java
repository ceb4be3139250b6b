package dev.passerelle.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Each platform SDK's types stay inside its adapter: the application wires, it does not speak Slack. */
class ArchitectureTests {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.passerelle.app");

    @Test
    void theApplicationUsesNoPlatformSdkType() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.slack..", "com.microsoft.bot..")
                .check(APP);
    }

    @Test
    void theApplicationReachesTheCoreThroughItsEntryPointsNotItsStorage() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("..core.store.jdbc..", "..core.store.sqlite..",
                "..core.search.lucene..", "org.apache.lucene..", "org.sqlite..")
                .check(APP);
    }
}
