package dev.passerelle.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.search.SynonymSettings;
import dev.passerelle.core.search.SynonymSource;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@code passerelle.search.*} as a deployment writes it, down to the core's synonym settings. */
class SearchPropertiesTests {

    @Test
    void usesEverySourceAndTheGlossaryGiven() {
        SynonymSettings settings = bound(Map.of("passerelle.search.glossary", "/etc/passerelle/glossary.txt"));

        assertThat(settings.glossaryFile()).contains(Path.of("/etc/passerelle/glossary.txt"));
        assertThat(settings.sources()).containsExactlyInAnyOrder(SynonymSource.values());
    }

    @Test
    void hasNoGlossaryByDefaultNorWhenLeftEmpty() {
        assertThat(bound(Map.of()).glossaryFile()).isEmpty();
        assertThat(bound(Map.of("passerelle.search.glossary", "")).glossaryFile()).isEmpty();
    }

    @Test
    void leavesTheSystemDictionariesOutWhenAsked() {
        SynonymSettings settings = bound(Map.of("passerelle.search.system-dictionaries", "false"));

        assertThat(settings.sources()).containsExactlyInAnyOrder(SynonymSource.GLOSSARY, SynonymSource.BUILT_IN);
    }

    private static SynonymSettings bound(Map<String, String> properties) {
        PasserelleProperties bound = new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("passerelle", PasserelleProperties.class);
        return CoreConfiguration.synonyms(bound.search());
    }
}
