package dev.passerelle.core.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passerelle.core.search.DocKind;
import dev.passerelle.core.search.DocStatus;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The codes indexes on disk already hold: changing one would leave those documents unreadable or unfound. */
class IndexCodesTests {

    @Test
    void writesTheKindCodesIndexesOnDiskHold() {
        assertThat(Arrays.stream(DocKind.values()).collect(Collectors.toMap(k -> k, IndexCodes::code)))
                .isEqualTo(Map.of(
                        DocKind.FAQ, "faq",
                        DocKind.INSIGHT, "insight",
                        DocKind.PAIN_POINT, "pain_point",
                        DocKind.QUESTION, "question",
                        DocKind.ANSWER, "answer",
                        DocKind.SKILL, "skill"));
    }

    @Test
    void writesTheStatusCodesIndexesOnDiskHold() {
        assertThat(Arrays.stream(DocStatus.values()).collect(Collectors.toMap(s -> s, IndexCodes::code)))
                .isEqualTo(Map.of(
                        DocStatus.DRAFT, "draft",
                        DocStatus.VERIFIED, "verified",
                        DocStatus.STALE, "stale",
                        DocStatus.ARCHIVED, "archived",
                        DocStatus.OPEN, "open",
                        DocStatus.ANSWERED, "answered",
                        DocStatus.GIVEN, "given",
                        DocStatus.CONFIRMED, "confirmed",
                        DocStatus.DECLARED, "declared"));
    }

    @Test
    void readsBackEveryCodeItWrites() {
        for (DocKind kind : DocKind.values()) {
            assertThat(IndexCodes.kind(IndexCodes.code(kind))).isEqualTo(kind);
        }
        for (DocStatus status : DocStatus.values()) {
            assertThat(IndexCodes.status(IndexCodes.code(status))).isEqualTo(status);
        }
    }

    @Test
    void tellsHowToRebuildAnIndexHoldingAnUnknownCode() {
        assertThatThrownBy(() -> IndexCodes.kind("recipe"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'recipe'")
                .hasMessageContaining("delete the index directory");
    }
}
