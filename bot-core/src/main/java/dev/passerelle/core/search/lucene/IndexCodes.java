package dev.passerelle.core.search.lucene;

import dev.passerelle.core.search.DocKind;
import dev.passerelle.core.search.DocStatus;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The words the index stores for kinds and statuses. Indexes already on disk hold them, so a code
 * never changes once written; a new kind or status fails to compile here until it gets one.
 */
final class IndexCodes {

    private static final Map<String, DocKind> KINDS = Arrays.stream(DocKind.values())
            .collect(Collectors.toUnmodifiableMap(IndexCodes::code, Function.identity()));
    private static final Map<String, DocStatus> STATUSES = Arrays.stream(DocStatus.values())
            .collect(Collectors.toUnmodifiableMap(IndexCodes::code, Function.identity()));

    private IndexCodes() {}

    static String code(DocKind kind) {
        return switch (kind) {
            case FAQ -> "faq";
            case INSIGHT -> "insight";
            case PAIN_POINT -> "pain_point";
            case QUESTION -> "question";
            case ANSWER -> "answer";
            case SKILL -> "skill";
        };
    }

    static String code(DocStatus status) {
        return switch (status) {
            case DRAFT -> "draft";
            case VERIFIED -> "verified";
            case STALE -> "stale";
            case ARCHIVED -> "archived";
            case OPEN -> "open";
            case ANSWERED -> "answered";
            case GIVEN -> "given";
            case CONFIRMED -> "confirmed";
            case DECLARED -> "declared";
        };
    }

    static DocKind kind(String code) {
        return read(KINDS, code, "kind");
    }

    static DocStatus status(String code) {
        return read(STATUSES, code, "status");
    }

    private static <T> T read(Map<String, T> codes, String code, String what) {
        T value = codes.get(code);
        if (value == null) {
            // Only a newer Passerelle writes codes this one does not know; the index is derived data.
            throw new IllegalStateException("The search index holds an unknown " + what + " '" + code
                    + "': delete the index directory and Passerelle rebuilds it from the database.");
        }
        return value;
    }
}
