package dev.passerelle.core.search.lucene.synonyms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.vocabulary.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The company glossary file: what a line says, what is skipped, and that a change is picked up. */
class GlossaryTests {

    @TempDir
    Path temp;

    @Test
    void readsEveryTermOfALineAsAnAlternativeOfTheOthers() throws IOException {
        Glossary glossary = glossary("""
                # Our words
                CRM = Salesforce

                congés = vacances = PTO
                note de frais = expense report   # finance
                """);

        assertThat(glossary.lines()).isEqualTo(3);
        assertThat(texts(glossary, "crm")).containsExactly("Salesforce");
        assertThat(texts(glossary, "salesforce")).containsExactly("CRM");
        assertThat(texts(glossary, Keys.of("Congés"))).containsExactly("vacances", "PTO");
        assertThat(texts(glossary, "note de frai")).containsExactly("expense report");
        assertThat(texts(glossary, "expense report")).containsExactly("note de frais");
    }

    @Test
    void givesTheTermsNoLanguageSoBothAnalysesSearchThem() throws IOException {
        Glossary glossary = glossary("CRM = Salesforce\n");

        assertThat(glossary.alternatives("crm", Language.FR)).singleElement()
                .satisfies(alternative -> assertThat(alternative.language()).isNull());
    }

    @Test
    void skipsMalformedLinesAndKeepsTheOthers() throws IOException {
        Glossary glossary = glossary("""
                CRM = Salesforce
                just a line
                ERP =
                = SAP
                VPN = vpn
                F# = FSharp
                """);

        assertThat(glossary.lines()).isEqualTo(2);
        assertThat(texts(glossary, "crm")).containsExactly("Salesforce");
        assertThat(texts(glossary, "f")).containsExactly("FSharp");
        assertThat(glossary.alternatives("erp", Language.EN)).isEmpty();
        assertThat(glossary.alternatives("sap", Language.EN)).isEmpty();
    }

    @Test
    void readsTheFileAgainWhenItChanges() throws IOException {
        Path file = write("CRM = Salesforce\n");
        Glossary glossary = new Glossary(file, Duration.ZERO);
        assertThat(texts(glossary, "crm")).containsExactly("Salesforce");

        Files.writeString(file, "CRM = HubSpot\nERP = SAP\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5_000));
        glossary.refresh();

        assertThat(glossary.lines()).isEqualTo(2);
        assertThat(texts(glossary, "crm")).containsExactly("HubSpot");
        assertThat(texts(glossary, "erp")).containsExactly("SAP");
    }

    @Test
    void looksAtTheFileAtMostOnceInAWhile() throws IOException {
        Path file = write("CRM = Salesforce\n");
        Glossary glossary = new Glossary(file, Duration.ofHours(1));

        Files.writeString(file, "CRM = HubSpot\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5_000));
        glossary.refresh();

        assertThat(texts(glossary, "crm")).containsExactly("Salesforce");
    }

    @Test
    void startsEmptyWithoutTheFileAndReadsItOnceItExists() throws IOException {
        Path file = temp.resolve("later.txt");
        Glossary glossary = new Glossary(file, Duration.ZERO);
        assertThat(glossary.lines()).isZero();

        Files.writeString(file, "CRM = Salesforce\n", StandardCharsets.UTF_8);
        glossary.refresh();

        assertThat(texts(glossary, "crm")).containsExactly("Salesforce");
    }

    private Glossary glossary(String text) throws IOException {
        return new Glossary(write(text), Duration.ZERO);
    }

    private Path write(String text) throws IOException {
        return Files.writeString(temp.resolve("glossary.txt"), text, StandardCharsets.UTF_8);
    }

    private static List<String> texts(Glossary glossary, String key) {
        return glossary.alternatives(key, Language.EN).stream().map(Alternative::text).toList();
    }
}
