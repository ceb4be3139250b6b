package dev.passerelle.app.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.json.JsonMapper;

/**
 * Any input line of {@code chat --json} is either a message or refused with a one-line reason: never another
 * exception, never a reason that breaks the output line. Without {@code JAZZER_FUZZ} this runs the inputs kept beside
 * it (every crash found becomes one); {@code bin/fuzz} fuzzes it for a while.
 */
class JsonLinesFuzzTests {

    private static final AtomicLong IDS = new AtomicLong();
    private static final JsonLines LINES = new JsonLines(JsonMapper.builder().build(),
            () -> "fuzz-" + IDS.incrementAndGet());

    @FuzzTest(maxDuration = "20s")
    void readsOrRefusesAnyLine(FuzzedDataProvider data) {
        String line = data.consumeRemainingAsString();
        try {
            ChatMessage message = LINES.read(line);
            assertThat(message).isNotNull();
        } catch (JsonLines.BadLine refused) {
            assertThat(refused.getMessage()).isNotBlank().doesNotContain("\n", "\r");
            assertThat(LINES.error(null, refused.getMessage())).doesNotContain("\n", "\r");
        }
    }
}
