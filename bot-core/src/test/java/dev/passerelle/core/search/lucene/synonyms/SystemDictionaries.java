package dev.passerelle.core.search.lucene.synonyms;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.passerelle.core.search.SynonymSettings;
import java.nio.file.Path;

/** The Debian dictionaries where tests find them installed; a test that needs one skips, saying which, without. */
final class SystemDictionaries {

    static final Path SYSTEM = SynonymSettings.SYSTEM_DATA;

    private SystemDictionaries() {
    }

    static void assumeInstalled(FreeDict.Direction direction) {
        assumeTrue(direction.installedUnder(SYSTEM), direction.packageName() + " is not installed (apt-get install "
                + direction.packageName() + "); .ci/run installs it");
    }

    static void assumeInstalled(MyThes.Thesaurus thesaurus) {
        assumeTrue(thesaurus.installedUnder(SYSTEM), thesaurus.packageName() + " is not installed (apt-get install "
                + thesaurus.packageName() + "); .ci/run installs it");
    }
}
