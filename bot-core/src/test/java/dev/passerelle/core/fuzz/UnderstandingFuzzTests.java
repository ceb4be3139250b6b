package dev.passerelle.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.passerelle.core.curation.CommandParser;
import dev.passerelle.core.understanding.LanguageDetector;
import dev.passerelle.core.understanding.MessageReader;
import dev.passerelle.core.understanding.Understanding;
import dev.passerelle.core.vocabulary.Echo;
import dev.passerelle.core.vocabulary.Language;

/**
 * Any text a person can type goes through the understanding layer and the command parser without an exception: an
 * intent and a language always come out, and what the intent keeps of the text never pings a whole channel once
 * echoed. Without {@code JAZZER_FUZZ} these run the inputs kept beside them (every crash found becomes one);
 * {@code bin/fuzz} fuzzes each for a while.
 */
class UnderstandingFuzzTests {

    private static final MessageReader READER = new MessageReader(new LanguageDetector(Language.EN));
    private static final CommandParser COMMANDS = new CommandParser();

    @FuzzTest(maxDuration = "20s")
    void readsAnyText(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();

        Understanding understanding = READER.read(text);

        assertThat(understanding.language()).isNotNull();
        assertThat(understanding.intent()).isNotNull();
        assertThat(Echo.neutralise(understanding.intent().toString())).doesNotContain("<!channel>", "<!here>");
    }

    @FuzzTest(maxDuration = "20s")
    void parsesAnyCommand(FuzzedDataProvider data) {
        boolean addressed = data.consumeBoolean();
        String text = (data.consumeBoolean() ? "/kb " : "") + data.consumeRemainingAsString();

        COMMANDS.parse(text, addressed).ifPresent(parsed -> assertThat(parsed.command()).isNotNull());
    }
}
