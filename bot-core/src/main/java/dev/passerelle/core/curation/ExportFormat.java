package dev.passerelle.core.curation;

import java.util.Locale;
import java.util.Optional;

/** The file formats the knowledge base exports to: for programs (JSON), spreadsheets (CSV) and people (Markdown). */
public enum ExportFormat {
    JSON("json", "application/json; charset=UTF-8"),
    CSV("csv", "text/csv; charset=UTF-8"),
    MARKDOWN("md", "text/markdown; charset=UTF-8");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format a typed word names: {@code json}, {@code csv}, {@code md} or {@code markdown}. */
    public static Optional<ExportFormat> of(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "json" -> Optional.of(JSON);
            case "csv" -> Optional.of(CSV);
            case "md", "markdown" -> Optional.of(MARKDOWN);
            default -> Optional.empty();
        };
    }
}
